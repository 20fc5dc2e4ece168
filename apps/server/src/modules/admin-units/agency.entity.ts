import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyKind } from '@cp/schema';

@Entity({ name: 'agency' })
@ObjectType('Agency')
export class AgencyEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => AgencyKind)
  @Column({ type: 'text' })
  kind: AgencyKind;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId: string;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
