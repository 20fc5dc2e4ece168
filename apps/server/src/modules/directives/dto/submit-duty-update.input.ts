import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { DutyStatus } from '@cp/schema';
import { IntBetween, MaxLen, Required } from '../../../common/validators';

@InputType('DutyIndicatorInput')
export class DutyIndicatorInput {
  @Field(() => String, { description: "One of the duty's indicators" })
  name: string;

  @Field(() => Int)
  @IntBetween(0, 1_000_000_000)
  value: number;
}

@InputType('SubmitDutyUpdateInput')
export class SubmitDutyUpdateInput {
  @Field(() => String, { nullable: true })
  clientMutationId?: string | null;

  @Field(() => ID)
  dutyId: string;

  @Field(() => String, { description: 'Period code, e.g. "2021-H1"' })
  period: string;

  @Field(() => DutyStatus)
  status: DutyStatus;

  @Field(() => Int)
  @IntBetween(0, 100)
  progress: number;

  @Field(() => String)
  @Required()
  @MaxLen(10_000)
  summary: string;

  @Field(() => [DutyIndicatorInput], { nullable: true })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  indicators?: DutyIndicatorInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Save as a draft (officers); otherwise the update is submitted, which needs the agency head or commune chair',
  })
  draft?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Required when an update for this period exists' })
  expectedVersion?: number | null;
}
