import { ArgsType, Field, ID, Int } from 'type-graphql';

// The report steps whose contract takes loose arguments: one arguments class each (same SDL).
@ArgsType()
export class TransferAbuseReportArgs {
  @Field(() => ID) id: string;
  @Field(() => ID) communeId: string;
  @Field(() => Int) expectedVersion: number;
}

@ArgsType()
export class LinkAbuseReportArgs {
  @Field(() => ID) id: string;
  @Field(() => ID) childId: string;
  @Field(() => Int) expectedVersion: number;
}

@ArgsType()
export class CloseAbuseReportArgs {
  @Field(() => ID) id: string;
  @Field(() => String) reason: string;
  @Field(() => Int) expectedVersion: number;
}
