import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

@ArgsType()
export class AddVillageArgs {
  @Field(() => ID) communeId: string;
  @Field(() => String) name: string;
}

@ArgsType()
export class RenameVillageArgs {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String) name: string;
}

@ArgsType()
export class RetireVillageArgs {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => DateScalar) validTo: string;
}
