import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DeadlineKind, Role } from '@cp/schema';
import { DateScalar } from '../../common/scalars';
import type { Clock } from './working-days';

// Domain brief 10.4: the clocks of Decree 56, one row per deadline kind, kept by an administrator.
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
  clock: Clock;

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

// A day off (holiday, Tết, compensatory) or a weekend day worked, for working-day deadlines.
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
