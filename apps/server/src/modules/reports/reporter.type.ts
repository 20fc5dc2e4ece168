import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLen } from '../../common/validators';

@ObjectType('Reporter')
export class Reporter {
  @Field(() => Boolean)
  anonymous: boolean;

  @Field(() => String, { nullable: true })
  fullName: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  relationship: string | null;
}

@InputType('ReporterInput')
export class ReporterInput {
  @Field(() => Boolean)
  anonymous: boolean;

  @Field(() => String, { nullable: true })
  @MaxLen(200)
  fullName?: string;

  @Field(() => String, { nullable: true })
  @MaxLen(30)
  phone?: string;

  @Field(() => String, { nullable: true })
  @MaxLen(300)
  address?: string;

  @Field(() => String, { nullable: true })
  @MaxLen(100)
  relationship?: string;
}
