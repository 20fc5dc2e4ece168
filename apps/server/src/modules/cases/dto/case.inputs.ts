import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { AbuseForm, CaseStatus, DeadlineState, MeasureStatus, ProtectionLevel, RiskLevel, SpecialCircumstance } from '@cp/schema';
import { PageArgs } from '../../../common/connection';
import { DateScalar, DateTimeScalar } from '../../../common/scalars';
import { MaxLen, Required } from '../../../common/validators';

@InputType('OpenCaseInput')
export class OpenCaseInput {
  @Field(() => String, { nullable: true }) clientMutationId?: string;
  @Field(() => ID) childId: string;
  @Field(() => ID, { nullable: true }) abuseReportId?: string;
  @Field(() => ProtectionLevel) level: ProtectionLevel;
  @Field(() => [SpecialCircumstance], { nullable: true }) circumstances?: SpecialCircumstance[];
  @Field(() => [AbuseForm], { nullable: true }) abuseForms?: AbuseForm[];
  @Field(() => DateTimeScalar, { nullable: true }) receivedAt?: Date;
  @Field(() => ID, { nullable: true }) assignedToId?: string;
}

@InputType('RecordAssessmentInput')
export class RecordAssessmentInput {
  @Field(() => ID) caseId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { description: 'INITIAL (Form 02), SPECIFIC (Form 03), REVIEW (Form 06)' }) kind: string;
  @Field(() => RiskLevel) riskLevel: RiskLevel;
  @Field(() => Boolean, { nullable: true, description: 'INITIAL only: starts the 12-hour emergency deadline' }) seriousDanger?: boolean;
  @Field(() => String) @Required() @MaxLen(10000) findings: string;
}

@InputType('PlanMeasureInput')
export class PlanMeasureInput {
  @Field(() => ProtectionLevel) level: ProtectionLevel;
  @Field(() => String) @Required() @MaxLen(2000) description: string;
  @Field(() => ID, { nullable: true }) assignedAgencyId?: string;
  @Field(() => DateScalar, { nullable: true }) dueOn?: string;
}

@InputType('SubmitCasePlanInput')
export class SubmitCasePlanInput {
  @Field(() => ID) caseId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => [PlanMeasureInput])
  @ArrayMinSize(1, { message: JSON.stringify({ key: 'case.emptyPlan' }) })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  measures: PlanMeasureInput[];
}

@InputType('CloseCaseInput')
export class CloseCaseInput {
  @Field(() => ID) caseId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String) @Required() @MaxLen(2000) reason: string;
}

// The steps whose contract takes loose arguments: one arguments class each (the SDL is unchanged).
@ArgsType()
export class CaseVersionArgs {
  @Field(() => ID) caseId: string;
  @Field(() => Int) expectedVersion: number;
}

@ArgsType()
export class RecordEmergencyActionArgs extends CaseVersionArgs {
  @Field(() => Boolean, { defaultValue: false }) separation: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class ApproveCasePlanArgs extends CaseVersionArgs {}

@ArgsType()
export class ReferCaseToPoliceArgs extends CaseVersionArgs {
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class ReopenCaseArgs extends CaseVersionArgs {
  @Field(() => String) reason: string;
}

// recordMeasureOutcome (the case's officer) and recordAssignedMeasureOutcome (the agency).
@ArgsType()
export class MeasureOutcomeArgs {
  @Field(() => ID) measureId: string;
  @Field(() => MeasureStatus) status: MeasureStatus;
  @Field(() => String, { nullable: true }) outcome?: string | null;
}

@InputType('CaseFilter')
export class CaseFilter {
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => CaseStatus, { nullable: true }) status?: CaseStatus;
  @Field(() => ProtectionLevel, { nullable: true }) level?: ProtectionLevel;
  @Field(() => Boolean, { nullable: true }) assignedToMe?: boolean;
  @Field(() => DeadlineState, { nullable: true }) deadlineState?: DeadlineState;
  @Field(() => Boolean, { nullable: true }) open?: boolean;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseFilter, { nullable: true }) filter?: CaseFilter;
}
