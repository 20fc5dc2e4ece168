import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { AbuseForm, ReportStatus } from '@cp/schema';
import { PageArgs } from '../../../common/connection';
import { DateTimeScalar } from '../../../common/scalars';

@InputType('AbuseReportFilter')
export class AbuseReportFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => ReportStatus, { nullable: true })
  status?: ReportStatus;

  @Field(() => AbuseForm, { nullable: true })
  abuseForm?: AbuseForm;

  @Field(() => DateTimeScalar, { nullable: true })
  receivedFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  receivedTo?: Date;

  @Field(() => Boolean, { nullable: true, description: 'Not yet assessed and past the 12-hour initial assessment' })
  overdue?: boolean;
}

@ArgsType()
export class AbuseReportsArgs extends PageArgs {
  @Field(() => AbuseReportFilter, { nullable: true })
  filter?: AbuseReportFilter;
}
