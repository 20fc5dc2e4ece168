import { Arg, Args, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MeasureStatus, Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { Connection, type ConnectionShape } from '../../common/connection';
import { CurrentActor } from '../../common/current-actor';
import { selects } from '../../common/selection';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { caseSteps } from './case-steps.service';
import { caseService } from './case.service';
import { CasesArgs, CloseCaseInput, OpenCaseInput, RecordAssessmentInput, SubmitCasePlanInput } from './dto/case.inputs';
import { ProtectionCaseEntity } from './protection-case.entity';

const CaseConnection = Connection(ProtectionCaseEntity, 'Case');
const who = (ctx: Context, actor: Actor) => ({ ...ctx, actor });

// Thin: each operation is one permission and one service call; the state machine and the
// scope are in the services.
@Resolver(() => ProtectionCaseEntity)
export class CaseResolver {
  @RequirePermission(Permission.CASE_READ)
  @Query(() => CaseConnection)
  cases(@Args(() => CasesArgs) args: CasesArgs, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<ProtectionCaseEntity>> {
    return caseService.list(actor, args.filter ?? {}, args.first, args.after, selects(info, 'totalCount'));
  }

  @RequirePermission(Permission.CASE_READ)
  @Query(() => ProtectionCaseEntity, { nullable: true, description: 'NOT_FOUND outside your jurisdiction' })
  case(@Arg('id', () => ID) id: string, @CurrentActor() actor: Actor) {
    return caseService.get(actor, id);
  }

  @RequirePermission(Permission.CASE_WRITE)
  @Mutation(() => ProtectionCaseEntity)
  openCase(@Arg('input', () => OpenCaseInput) input: OpenCaseInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseService.open(who(ctx, actor), input);
  }

  @RequirePermission(Permission.CASE_WRITE)
  @Mutation(() => ProtectionCaseEntity)
  recordAssessment(@Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.recordAssessment(who(ctx, actor), input);
  }

  @RequirePermission(Permission.CASE_APPROVE)
  @Mutation(() => ProtectionCaseEntity, { description: 'Emergency measures or temporary separation (art. 26(3), 32; Form 07)' })
  recordEmergencyAction(
    @Arg('caseId', () => ID) caseId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('separation', () => Boolean, { defaultValue: false }) separation: boolean, @Arg('note', () => String, { nullable: true }) note: string | null,
    @CurrentActor() actor: Actor, @Ctx() ctx: Context,
  ) {
    return caseSteps.recordEmergencyAction(who(ctx, actor), caseId, expectedVersion, separation, note ?? null);
  }

  @RequirePermission(Permission.CASE_WRITE)
  @Mutation(() => ProtectionCaseEntity)
  submitCasePlan(@Arg('input', () => SubmitCasePlanInput) input: SubmitCasePlanInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.submitPlan(who(ctx, actor), input);
  }

  @RequirePermission(Permission.CASE_APPROVE)
  @Mutation(() => ProtectionCaseEntity, { description: 'COMMUNE_CHAIR (Form 05)' })
  approveCasePlan(@Arg('caseId', () => ID) caseId: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.approvePlan(who(ctx, actor), caseId, expectedVersion);
  }

  @RequirePermission(Permission.CASE_WRITE)
  @Mutation(() => ProtectionCaseEntity)
  recordMeasureOutcome(
    @Arg('measureId', () => ID) measureId: string, @Arg('status', () => MeasureStatus) status: MeasureStatus,
    @Arg('outcome', () => String, { nullable: true }) outcome: string | null, @CurrentActor() actor: Actor, @Ctx() ctx: Context,
  ) {
    return caseSteps.recordMeasureOutcome(who(ctx, actor), measureId, status, outcome ?? null);
  }

  @RequirePermission(Permission.CASE_REFER)
  @Mutation(() => ProtectionCaseEntity)
  referCaseToPolice(
    @Arg('caseId', () => ID) caseId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('note', () => String, { nullable: true }) note: string | null, @CurrentActor() actor: Actor, @Ctx() ctx: Context,
  ) {
    return caseSteps.referToPolice(who(ctx, actor), caseId, expectedVersion, note ?? null);
  }

  @RequirePermission(Permission.CASE_CLOSE)
  @Mutation(() => ProtectionCaseEntity)
  closeCase(@Arg('input', () => CloseCaseInput) input: CloseCaseInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.close(who(ctx, actor), input);
  }

  @RequirePermission(Permission.CASE_WRITE)
  @Mutation(() => ProtectionCaseEntity)
  reopenCase(
    @Arg('caseId', () => ID) caseId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('reason', () => String) reason: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context,
  ) {
    return caseSteps.reopen(who(ctx, actor), caseId, expectedVersion, reason);
  }
}
