import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AdminLevel } from '@cp/schema';
import { DateScalar } from '../../common/scalars';

@Entity({ name: 'admin_unit' })
@ObjectType('AdminUnit')
export class AdminUnitEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Official code: province 2 digits, district 3, commune 5; villages local' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => AdminLevel)
  @Column({ type: 'text' })
  level: AdminLevel;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId: string | null;

  // '/<root id>/.../<own id>/': a subtree is `path LIKE '<prefix>%'`. Maintained by a trigger.
  @Column({ type: 'text', insert: false, update: false })
  path: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', name: 'valid_from', nullable: true })
  validFrom: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Set for units abolished by a reform' })
  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Field(() => Int, { description: 'For renaming and retiring villages (optimistic concurrency)' })
  @Column({ type: 'integer', default: 1 })
  version: number;
}
