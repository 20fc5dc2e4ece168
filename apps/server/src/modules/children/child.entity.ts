import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Sex } from '@cp/schema';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

@Entity({ name: 'child' })
@ObjectType('Child')
export class ChildEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Human-readable, unique, e.g. "TE-03412-000123"' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'full_name' })
  fullName: string;

  // Name, code and personal ID folded (no diacritics, lower case), trigram-indexed for search.
  @Column({ type: 'text', name: 'search_text' })
  searchText: string;

  @Field(() => DateScalar)
  @Column({ type: 'date', name: 'date_of_birth' })
  dateOfBirth: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean', name: 'dob_estimated', default: false })
  dobEstimated: boolean;

  @Field(() => Sex)
  @Column({ type: 'text' })
  sex: Sex;

  @Field(() => String, { nullable: true, description: 'One of the 54 official ethnic groups' })
  @Column({ type: 'text', nullable: true })
  ethnicity: string | null;

  @Field(() => String, { nullable: true, description: '12-digit personal identification number, when known' })
  @Column({ type: 'text', name: 'personal_id', nullable: true })
  personalId: string | null;

  @Column({ type: 'uuid', name: 'commune_id' })
  communeId: string;

  @Column({ type: 'uuid', name: 'village_id', nullable: true })
  villageId: string | null;

  // The path of the child's village (or commune): the access boundary. Set by a trigger.
  @Column({ type: 'text', name: 'unit_path', insert: false, update: false })
  unitPath: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => Boolean, { description: 'At risk of falling into special circumstances' })
  @Column({ type: 'boolean', name: 'at_risk', default: false })
  atRisk: boolean;

  // Set when a lead officer merged this record into another (the survivor).
  @Column({ type: 'uuid', name: 'merged_into_id', nullable: true })
  mergedIntoId: string | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
