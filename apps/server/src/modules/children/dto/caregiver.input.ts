import { Field, InputType, Int } from 'type-graphql';
import { IntBetween, MaxLen, Required } from '../../../common/validators';

@InputType('CaregiverInput')
export class CaregiverInput {
  @Field(() => String)
  @Required()
  @MaxLen(200)
  fullName: string;

  @Field(() => String, { description: 'e.g. "Mẹ", "Bố", "Bà nội"' })
  @Required()
  @MaxLen(100)
  relationship: string;

  @Field(() => Int, { nullable: true })
  @IntBetween(1900, 2100)
  birthYear?: number | null;

  @Field(() => String, { nullable: true })
  @MaxLen(200)
  occupation?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLen(30)
  phone?: string | null;
}
