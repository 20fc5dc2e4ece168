import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../../common/scalars';

@Entity({ name: 'directive' })
@ObjectType('Directive')
export class DirectiveEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'Document number, when it has one' })
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'uuid', name: 'issued_by' })
  issuedById: string;

  @Field(() => DateScalar)
  @Column({ type: 'date', name: 'issued_on' })
  issuedOn: string;

  @Field(() => String, { nullable: true, description: 'The legal basis, e.g. "Căn cứ Công văn số 223/LĐTBXH-BVCSTE ..."' })
  @Column({ type: 'text', nullable: true })
  basis: string | null;

  @Field(() => [String], { description: 'Month-day pairs, e.g. ["04-30", "10-31"]' })
  @Column({ type: 'text', array: true, name: 'reporting_deadlines' })
  reportingDeadlines: string[];

  // The issuing agency's unit path (trigger): the read boundary.
  @Column({ type: 'text', name: 'unit_path', insert: false, update: false })
  unitPath: string;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;
}
