import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '../../common/scalars';

@Entity({ name: 'notification' })
@ObjectType('Notification')
export class NotificationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Field(() => String, { description: 'e.g. DEADLINE_MISSED, DUTY_REMINDER' })
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', name: 'message_key' })
  messageKey: string;

  @Column({ type: 'jsonb', default: {} })
  params: Record<string, string | number>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'entity_type', nullable: true })
  entityType: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'entity_id', nullable: true })
  entityId: string | null;

  @Column({ type: 'text', name: 'dedupe_key', nullable: true })
  dedupeKey: string | null;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', name: 'read_at', nullable: true })
  readAt: Date | null;
}
