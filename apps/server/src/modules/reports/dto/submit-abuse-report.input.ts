import { Field, ID, InputType, Int } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { AbuseForm, ReportCategory, ReportChannel, Sex } from '@cp/schema';
import { DateTimeScalar } from '../../../common/scalars';
import { IntBetween, MaxLen, Required } from '../../../common/validators';
import { ReporterInput } from '../reporter.type';

@InputType('SubmitAbuseReportInput')
export class SubmitAbuseReportInput {
  @Field(() => String, { nullable: true })
  clientMutationId?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default now' })
  receivedAt?: Date;

  @Field(() => ReportChannel)
  channel: ReportChannel;

  @Field(() => ReportCategory)
  category: ReportCategory;

  @Field(() => [AbuseForm])
  abuseForms: AbuseForm[];

  @Field(() => ID, { description: 'Where it happened: the commune that must assess it' })
  communeId: string;

  @Field(() => String, { nullable: true })
  @MaxLen(300)
  incidentPlace?: string;

  @Field(() => String)
  @Required()
  @MaxLen(5000)
  description: string;

  @Field(() => ID, { nullable: true })
  childId?: string;

  @Field(() => String, { nullable: true })
  @MaxLen(200)
  childName?: string;

  @Field(() => Sex, { nullable: true })
  childSex?: Sex;

  @Field(() => Int, { nullable: true })
  @IntBetween(0, 17)
  childAgeEstimate?: number;

  @Field(() => ReporterInput)
  @ValidateNested()
  reporter: ReporterInput;
}
