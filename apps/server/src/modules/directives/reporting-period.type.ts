import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

@ObjectType('ReportingPeriod')
export class ReportingPeriodType {
  @Field(() => String, { description: 'e.g. "2021-H1"' })
  code: string;

  @Field(() => String, { description: "In the reader's language" })
  label: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;

  @Field(() => DateScalar)
  dueOn: string;
}
