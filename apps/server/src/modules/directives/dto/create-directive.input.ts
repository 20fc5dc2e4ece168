import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { DateScalar } from '../../../common/scalars';
import { MaxLen, Required } from '../../../common/validators';

@InputType('DirectiveDutyInput')
export class DirectiveDutyInput {
  @Field(() => String, { description: 'The directive\'s own numbering, e.g. "3"' })
  @Required()
  @MaxLen(20)
  section: string;

  @Field(() => ID)
  agencyId: string;

  @Field(() => String)
  @Required()
  @MaxLen(300)
  title: string;

  @Field(() => String)
  @Required()
  @MaxLen(5000)
  description: string;

  @Field(() => [String], { nullable: true, description: 'Numbers the agency reports for this duty' })
  @ArrayMaxSize(10)
  indicators?: string[] | null;
}

@InputType('CreateDirectiveInput')
export class CreateDirectiveInput {
  @Field(() => String, { nullable: true })
  clientMutationId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLen(100)
  number?: string | null;

  @Field(() => String)
  @Required()
  @MaxLen(500)
  title: string;

  @Field(() => ID)
  issuedById: string;

  @Field(() => DateScalar)
  issuedOn: string;

  @Field(() => String, { nullable: true })
  @MaxLen(2000)
  basis?: string | null;

  @Field(() => [String], { description: 'Month-day pairs, e.g. ["04-30", "10-31"]' })
  @ArrayMaxSize(12)
  reportingDeadlines: string[];

  @Field(() => [DirectiveDutyInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  duties: DirectiveDutyInput[];
}
