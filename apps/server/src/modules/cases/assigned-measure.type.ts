import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeasureStatus, ProtectionLevel, Sex } from '@cp/schema';
import { DateScalar } from '../../common/scalars';

// What an agency sees of a case: the measure assigned to it and the least child data needed to
// carry it out (initials, age, sex, commune). No name, no address, no case file.
@ObjectType('AssignedMeasure')
export class AssignedMeasure {
  @Field(() => ID) id: string;
  @Field(() => ProtectionLevel) level: ProtectionLevel;
  @Field(() => String) description: string;
  @Field(() => DateScalar, { nullable: true }) dueOn: string | null;
  @Field(() => MeasureStatus) status: MeasureStatus;
  @Field(() => String, { nullable: true }) outcome: string | null;
  @Field(() => String) caseCode: string;
  @Field(() => String) communeName: string;
  @Field(() => String) childInitials: string;
  @Field(() => Int) childAgeYears: number;
  @Field(() => Sex) childSex: Sex;
}
