import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AbuseForm, ReportCategory, ReportChannel, ReportStatus, Sex } from '@cp/schema';
import { DateTimeScalar } from '../../common/scalars';

// Form 01. The reporter's identity is NOT here (table abuse_reporter, read only through
// reporter-access.ts), so no list, export or aggregate over this table can carry it.
@Entity({ name: 'abuse_report' })
@ObjectType('AbuseReport')
export class AbuseReportEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  code: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'received_at' })
  receivedAt: Date;

  @Field(() => ReportChannel)
  @Column({ type: 'text' })
  channel: ReportChannel;

  @Field(() => ReportCategory)
  @Column({ type: 'text' })
  category: ReportCategory;

  @Field(() => [AbuseForm])
  @Column({ type: 'text', array: true, name: 'abuse_forms' })
  abuseForms: AbuseForm[];

  @Column({ type: 'uuid', name: 'commune_id' })
  communeId: string;

  @Column({ type: 'text', name: 'unit_path', insert: false, update: false })
  unitPath: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'incident_place', nullable: true })
  incidentPlace: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { nullable: true, description: 'As reported, before the child is identified' })
  @Column({ type: 'text', name: 'child_name', nullable: true })
  childName: string | null;

  @Field(() => Sex, { nullable: true })
  @Column({ type: 'text', name: 'child_sex', nullable: true })
  childSex: Sex | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', name: 'child_age_estimate', nullable: true })
  childAgeEstimate: number | null;

  @Column({ type: 'uuid', name: 'child_id', nullable: true })
  childId: string | null;

  @Column({ type: 'uuid', name: 'case_id', nullable: true })
  caseId: string | null;

  @Field(() => ReportStatus)
  @Column({ type: 'text' })
  status: ReportStatus;

  @Column({ type: 'boolean', name: 'reporter_anonymous' })
  reporterAnonymous: boolean;

  @Column({ type: 'uuid', name: 'received_by', nullable: true })
  receivedBy: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'closure_reason', nullable: true })
  closureReason: string | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
