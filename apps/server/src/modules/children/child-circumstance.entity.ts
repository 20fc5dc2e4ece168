import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SpecialCircumstance } from '@cp/schema';
import { DateScalar } from '../../common/scalars';

@Entity({ name: 'child_circumstance' })
@ObjectType('ChildCircumstance')
export class ChildCircumstanceEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'child_id' })
  childId: string;

  @Field(() => SpecialCircumstance)
  @Column({ type: 'text' })
  group: SpecialCircumstance;

  // Exposed by ChildCircumstanceResolver: restricted for sexual-abuse and medical groups.
  @Column({ type: 'text', nullable: true })
  subgroup: string | null;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  since: string;

  @Field(() => DateScalar, { nullable: true, description: 'Null while it applies' })
  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', name: 'verified_by', nullable: true })
  verifiedBy: string | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
