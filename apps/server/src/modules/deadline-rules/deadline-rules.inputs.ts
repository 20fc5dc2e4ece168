import { ArgsType, Field, Int } from 'type-graphql';
import { IsIn } from 'class-validator';
import { DeadlineKind } from '@cp/schema';
import { DateScalar } from '../../common/scalars';
import { IntBetween } from '../../common/validators';
import type { Clock } from './working-days';

const invalid = { message: JSON.stringify({ key: 'validation.invalid' }) };
export const CLOCKS: readonly Clock[] = ['HOURS', 'WORKING_DAYS', 'CALENDAR_DAYS'];
export const HOLIDAY_KINDS = ['HOLIDAY', 'TET', 'COMPENSATORY', 'WORKDAY'] as const;

@ArgsType()
export class PublicHolidaysArgs {
  @Field(() => Int)
  year: number;
}

@ArgsType()
export class UpdateDeadlineRuleArgs {
  @Field(() => DeadlineKind)
  kind: DeadlineKind;

  @Field(() => String)
  @IsIn(CLOCKS, invalid)
  clock: Clock;

  @Field(() => Int)
  @IntBetween(1, 365)
  amount: number;

  @Field(() => Int)
  @IntBetween(0, 720)
  dueSoonHours: number;
}

@ArgsType()
export class SavePublicHolidayArgs {
  @Field(() => DateScalar)
  day: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  @IsIn(HOLIDAY_KINDS, invalid)
  kind: string;

  @Field(() => String, { nullable: true })
  source: string | null;
}

@ArgsType()
export class DeletePublicHolidayArgs {
  @Field(() => DateScalar)
  day: string;
}
