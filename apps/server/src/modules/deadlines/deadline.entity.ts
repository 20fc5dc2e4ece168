import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DeadlineKind, Role } from '@cp/schema';
import '../../app/register-enums';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

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

@Entity({ name: 'deadline_rule' })
@ObjectType('DeadlineRule')
export class DeadlineRuleEntity {
  @Field(() => DeadlineKind)
  @PrimaryColumn({ type: 'text' })
  kind: DeadlineKind;

  @Field(() => String, { description: 'The event the clock starts from, e.g. REPORT_RECEIVED, PLAN_SUBMITTED' })
  @Column({ type: 'text', name: 'start_event' })
  startEvent: string;

  @Field(() => String, { description: 'HOURS, WORKING_DAYS or CALENDAR_DAYS' })
  @Column({ type: 'text' })
  clock: 'HOURS' | 'WORKING_DAYS' | 'CALENDAR_DAYS';

  @Field(() => Int)
  @Column({ type: 'integer' })
  amount: number;

  @Field(() => Role)
  @Column({ type: 'text', name: 'responsible_role' })
  responsibleRole: Role;

  @Field(() => Int, { description: 'The deadline is DUE_SOON this many hours before it is due' })
  @Column({ type: 'integer', name: 'due_soon_hours' })
  dueSoonHours: number;

  @Field(() => String)
  @Column({ type: 'text', name: 'legal_basis' })
  legalBasis: string;
}

@Entity({ name: 'public_holiday' })
@ObjectType('PublicHoliday')
export class PublicHolidayEntity {
  @Field(() => DateScalar)
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'HOLIDAY, TET, COMPENSATORY (a day off) or WORKDAY (a weekend day worked)' })
  @Column({ type: 'text' })
  kind: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  source: string | null;
}
