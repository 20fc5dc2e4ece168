import { Field, ID, InputType, Int } from 'type-graphql';
import { SpecialCircumstance } from '@cp/schema';
import { DateScalar } from '../../../common/scalars';
import { MaxLen } from '../../../common/validators';

@InputType('AddCircumstanceInput')
export class AddCircumstanceInput {
  @Field(() => ID)
  childId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => SpecialCircumstance)
  group: SpecialCircumstance;

  @Field(() => String, { nullable: true, description: 'Decree 56 sub-group code, where one applies' })
  @MaxLen(20)
  subgroup?: string | null;

  @Field(() => DateScalar)
  since: string;

  @Field(() => String, { nullable: true })
  @MaxLen(2000)
  note?: string | null;
}

@InputType('EndCircumstanceInput')
export class EndCircumstanceInput {
  @Field(() => ID)
  circumstanceId: string;

  @Field(() => DateScalar)
  until: string;

  @Field(() => String, { nullable: true })
  @MaxLen(2000)
  note?: string | null;
}
