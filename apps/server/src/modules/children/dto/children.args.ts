import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ChildOrder, Sex, SpecialCircumstance } from '@cp/schema';
import { PageArgs } from '../../../common/connection';
import { IntBetween, MaxLen } from '../../../common/validators';

@InputType('ChildFilter')
export class ChildFilter {
  @Field(() => String, { nullable: true, description: 'Name, code or personal ID; with or without Vietnamese diacritics' })
  @MaxLen(200)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "Any unit: the child's commune or village lies in its subtree" })
  unitId?: string | null;

  @Field(() => SpecialCircumstance, { nullable: true })
  circumstance?: SpecialCircumstance | null;

  @Field(() => Boolean, { nullable: true })
  inSpecialCircumstances?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'The child has a protection case that is not closed' })
  hasOpenCase?: boolean | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => Int, { nullable: true })
  @IntBetween(0, 18)
  ageMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IntBetween(0, 18)
  ageMax?: number | null;
}

@ArgsType()
export class ChildrenArgs extends PageArgs {
  @Field(() => ChildFilter, { nullable: true })
  filter?: ChildFilter | null;

  @Field(() => ChildOrder, { nullable: true, description: 'NAME_ASC when omitted' })
  orderBy?: ChildOrder | null;
}
