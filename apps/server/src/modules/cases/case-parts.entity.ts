import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CaseStatus, MeasureStatus, ProtectionLevel, RiskLevel } from '@cp/schema';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

// One step on a case's timeline.
@Entity({ name: 'case_event' })
@ObjectType('CaseEvent')
export class CaseEventEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  kind: string;

  @Field(() => CaseStatus, { nullable: true })
  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus: CaseStatus | null;

  @Field(() => CaseStatus, { nullable: true })
  @Column({ type: 'text', name: 'to_status', nullable: true })
  toStatus: CaseStatus | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

@Entity({ name: 'case_assessment' })
@ObjectType('CaseAssessment')
export class CaseAssessmentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId: string;

  @Field(() => String, { description: 'INITIAL (Form 02), SPECIFIC (Form 03), REVIEW (Form 06)' })
  @Column({ type: 'text' })
  kind: string;

  @Field(() => RiskLevel)
  @Column({ type: 'text', name: 'risk_level' })
  riskLevel: RiskLevel;

  @Field(() => Boolean)
  @Column({ type: 'boolean', name: 'serious_danger' })
  seriousDanger: boolean;

  @Field(() => String)
  @Column({ type: 'text' })
  findings: string;

  @Column({ type: 'uuid', name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;
}

@Entity({ name: 'case_plan' })
@ObjectType('CasePlan')
export class CasePlanEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', name: 'submitted_by', nullable: true })
  submittedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'uuid', name: 'approved_by', nullable: true })
  approvedById: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when a newer version replaced this one' })
  @Column({ type: 'timestamptz', name: 'superseded_at', nullable: true })
  supersededAt: Date | null;
}

@Entity({ name: 'plan_measure' })
@ObjectType('PlanMeasure')
export class PlanMeasureEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'plan_id' })
  planId: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId: string;

  @Column({ type: 'integer' })
  position: number;

  @Field(() => ProtectionLevel)
  @Column({ type: 'text' })
  level: ProtectionLevel;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'uuid', name: 'assigned_agency_id', nullable: true })
  assignedAgencyId: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn: string | null;

  @Field(() => MeasureStatus)
  @Column({ type: 'text' })
  status: MeasureStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
