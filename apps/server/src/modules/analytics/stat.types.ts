import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AbuseForm, Sex, SpecialCircumstance, StatDimension, StatMeasure } from '@cp/schema';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

@InputType('StatFilter')
export class StatFilter {
  @Field(() => ID, { nullable: true, description: 'Count only under this administrative unit' })
  unitId?: string;

  @Field(() => DateScalar, { nullable: true, description: "From this date of the measure's event" })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Up to this date; also the reference date for ages and open circumstances' })
  to?: string;

  @Field(() => Sex, { nullable: true })
  sex?: Sex;

  @Field(() => SpecialCircumstance, { nullable: true })
  circumstance?: SpecialCircumstance;

  @Field(() => AbuseForm, { nullable: true })
  abuseForm?: AbuseForm;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Count units recorded before a reform under the unit that succeeded them (default: as recorded)',
  })
  currentUnits?: boolean;
}

@ObjectType('StatKey')
export class StatKey {
  @Field(() => StatDimension)
  dimension: StatDimension;

  @Field(() => String)
  code: string;

  @Field(() => String)
  label: string;
}

@ObjectType('StatRow')
export class StatRow {
  @Field(() => [StatKey])
  keys: StatKey[];

  @Field(() => Int, { nullable: true, description: 'Null when suppressed' })
  value: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('StatResult')
export class StatResult {
  @Field(() => StatMeasure)
  measure: StatMeasure;

  @Field(() => [StatDimension])
  groupBy: StatDimension[];

  @Field(() => [StatRow])
  rows: StatRow[];

  @Field(() => Int, { nullable: true, description: 'Null when publishing it would reveal a suppressed cell' })
  total: number | null;

  @Field(() => Int, { description: 'Counts from 1 to minCellSize-1 are suppressed for roles that see no names' })
  minCellSize: number;

  @Field(() => Boolean, { description: 'True when the counts are exact (you may see the records they count)' })
  exact: boolean;

  @Field(() => DateTimeScalar)
  generatedAt: Date;
}
