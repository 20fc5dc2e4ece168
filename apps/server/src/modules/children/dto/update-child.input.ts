import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Sex } from '@cp/schema';
import { DateScalar } from '../../../common/scalars';
import { MaxLen, PersonalId, Required } from '../../../common/validators';
import { CaregiverInput } from './caregiver.input';

// Omitted fields stay as they are; caregivers, when given, replace the list.
@InputType('UpdateChildInput')
export class UpdateChildInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the client read; another one is CONFLICT' })
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @Required()
  @MaxLen(200)
  fullName?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => Boolean, { nullable: true })
  dobEstimated?: boolean | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => String, { nullable: true })
  @MaxLen(50)
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  @PersonalId()
  personalId?: string | null;

  @Field(() => ID, { nullable: true })
  villageId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLen(500)
  address?: string | null;

  @Field(() => [CaregiverInput], { nullable: true })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  caregivers?: CaregiverInput[] | null;

  @Field(() => Boolean, { nullable: true })
  atRisk?: boolean | null;
}
