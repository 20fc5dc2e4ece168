import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '../../common/scalars';

// Ids, codes and field names only: never a child's, reporter's or caregiver's personal data.
export type AuditData = Record<string, string | number | boolean | null | string[]>;

// Append-only (a trigger refuses UPDATE and DELETE). No service exposes a path to change it.
@Entity({ name: 'audit_event' })
@ObjectType('AuditEvent')
export class AuditEventEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'actor_role', nullable: true })
  actorRole: string | null;

  @Column({ type: 'uuid', name: 'actor_agency_id', nullable: true })
  actorAgencyId: string | null;

  @Field(() => String, { description: 'From a closed catalogue, e.g. CHILD_REGISTERED, REPORTER_VIEWED, LOGIN_FAILED' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'entity_type', nullable: true })
  entityType: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', name: 'entity_id', nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'request_id', nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'user_agent', nullable: true })
  userAgent: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data: AuditData | null;
}
