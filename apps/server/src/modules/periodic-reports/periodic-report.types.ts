import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { ReportingPeriodType } from '../directives/reporting-period.type';

@ObjectType('StatLine')
export class StatLine {
  @Field(() => String)
  label: string;

  @Field(() => Int, { nullable: true, description: 'The first value; null when there is no data yet ("không có dữ liệu")' })
  value: number | null;

  @Field(() => [Int], { nullable: 'items', description: "One value per column of the section (the section's columns)" })
  values: (number | null)[];
}

@ObjectType('ReportSection')
export class ReportSection {
  @Field(() => String)
  key: string;

  @Field(() => String)
  title: string;

  @Field(() => [String], { description: 'Headers of the value columns' })
  columns: string[];

  @Field(() => [StatLine])
  lines: StatLine[];

  @Field(() => Boolean, { description: 'False when the records this section counts are not kept yet: its values are null' })
  available: boolean;
}

// The header of the document in the Vietnamese administrative layout (Decree 30/2020/NĐ-CP).
@ObjectType('ReportHeading')
export class ReportHeading {
  @Field(() => [String], { description: 'Quốc hiệu and tiêu ngữ' }) nationalMotto: string[];
  @Field(() => String, { nullable: true }) parentBody: string | null;
  @Field(() => String) issuingBody: string;
  @Field(() => String) number: string;
  @Field(() => String) placeAndDate: string;
  @Field(() => String) title: string;
  @Field(() => String) subtitle: string;
  @Field(() => [String]) addressees: string[];
  @Field(() => [String]) recipients: string[];
  @Field(() => [String]) signatureLines: string[];
}

@ObjectType('PeriodicReport')
export class PeriodicReport {
  @Field(() => AdminUnitEntity)
  unit: AdminUnitEntity;

  @Field(() => ReportingPeriodType)
  period: ReportingPeriodType;

  @Field(() => DateTimeScalar)
  generatedAt: Date;

  @Field(() => ReportHeading)
  heading: ReportHeading;

  @Field(() => [ReportSection], {
    description: 'Children, special circumstances by group, abuse reports, cases, deadlines, injuries, duty progress',
  })
  sections: ReportSection[];

  @Field(() => [String], { description: '.xlsx, .pdf and .docx of the same report (signed-in downloads)' })
  downloadUrls: string[];
}
