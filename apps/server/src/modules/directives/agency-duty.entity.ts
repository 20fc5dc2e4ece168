import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'agency_duty' })
@ObjectType('AgencyDuty')
export class AgencyDutyEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'directive_id' })
  directiveId: string;

  @Field(() => String, { description: 'The directive\'s own numbering, e.g. "3"' })
  @Column({ type: 'text' })
  section: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'uuid', name: 'agency_id' })
  agencyId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: "In the directive's own words" })
  @Column({ type: 'text' })
  description: string;

  @Field(() => [String], { description: 'What the agency reports as numbers for this duty, e.g. children given free health care' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  indicators: string[];

  @Column({ type: 'text', name: 'unit_path', insert: false, update: false })
  unitPath: string;
}
