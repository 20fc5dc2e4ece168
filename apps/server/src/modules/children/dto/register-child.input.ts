import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Sex, SpecialCircumstance } from '@cp/schema';
import { DateScalar } from '../../../common/scalars';
import { MaxLen, PersonalId, Required } from '../../../common/validators';
import { CaregiverInput } from './caregiver.input';

@InputType('RegisterChildInput')
export class RegisterChildInput {
  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result' })
  @MaxLen(100)
  clientMutationId?: string | null;

  @Field(() => String)
  @Required()
  @MaxLen(200)
  fullName: string;

  @Field(() => DateScalar)
  dateOfBirth: string;

  @Field(() => Boolean, { nullable: true })
  dobEstimated?: boolean | null;

  @Field(() => Sex)
  sex: Sex;

  @Field(() => String, { nullable: true, description: 'Vietnamese name of one of the 54 ethnic groups' })
  @MaxLen(50)
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  @PersonalId()
  personalId?: string | null;

  @Field(() => ID)
  communeId: string;

  @Field(() => ID, { nullable: true })
  villageId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLen(500)
  address?: string | null;

  @Field(() => [CaregiverInput], { nullable: true })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  caregivers?: CaregiverInput[] | null;

  @Field(() => [SpecialCircumstance], { nullable: true })
  @ArrayMaxSize(14)
  circumstances?: SpecialCircumstance[] | null;
}
