import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DeadlineKind, Role } from '@cp/schema';
import { DateTimeScalar } from '../../common/scalars';

@Entity({ name: 'deadline' })
@ObjectType('Deadline')
export class DeadlineEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => DeadlineKind)
  @Column({ type: 'text' })
  kind: DeadlineKind;

  @Column({ type: 'uuid', name: 'case_id', nullable: true })
  caseId: string | null;

  @Column({ type: 'uuid', name: 'abuse_report_id', nullable: true })
  abuseReportId: string | null;

  @Column({ type: 'text', name: 'unit_path' })
  unitPath: string;

  @Field(() => Role)
  @Column({ type: 'text', name: 'responsible_role' })
  responsibleRole: Role;

  @Column({ type: 'uuid', name: 'responsible_user_id', nullable: true })
  responsibleUserId: string | null;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  startsAt: Date;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'due_at' })
  dueAt: Date;

  @Column({ type: 'timestamptz', name: 'due_soon_at' })
  dueSoonAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', name: 'met_at', nullable: true })
  metAt: Date | null;

  @Column({ type: 'timestamptz', name: 'missed_at', nullable: true })
  missedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;
}
