import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('MergeChildrenInput', { description: 'Merge `mergeId` into `keepId`; both histories stay with the kept record' })
export class MergeChildrenInput {
  @Field(() => ID)
  keepId: string;

  @Field(() => Int)
  keepVersion: number;

  @Field(() => ID)
  mergeId: string;

  @Field(() => Int)
  mergeVersion: number;
}

@InputType('DuplicateCheckInput', { description: 'The facts of a child about to be registered' })
export class DuplicateCheckInput {
  @Field(() => String)
  fullName: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dateOfBirth: string;

  @Field(() => ID)
  communeId: string;

  @Field(() => String, { nullable: true })
  personalId?: string | null;
}
