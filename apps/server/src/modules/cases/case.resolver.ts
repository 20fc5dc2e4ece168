import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { Connection, type ConnectionShape } from '../../common/connection';
import { CurrentActor } from '../../common/current-actor';
import { selects } from '../../common/selection';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { caseSteps } from './case-steps.service';
import { caseService } from './case.service';
import {
  ApproveCasePlanArgs,
  CasesArgs,
  CloseCaseInput,
  MeasureOutcomeArgs,
  OpenCaseInput,
  RecordAssessmentInput,
  RecordEmergencyActionArgs,
  ReferCaseToPoliceArgs,
  ReopenCaseArgs,
  SubmitCasePlanInput,
} from './dto/case.inputs';
import { ProtectionCaseEntity } from './protection-case.entity';

const CaseConnection = Connection(ProtectionCaseEntity, 'Case');
const who = (ctx: Context, actor: Actor) => ({ ...ctx, actor });

// Thin: each operation is one permission and one service call; the state machine and the
// scope are in the services.
@Resolver(() => ProtectionCaseEntity)
export class CaseResolver {
  @RequirePermission(Permission.CASE_READ)
  @Query(() => CaseConnection)
  cases(
    @Args(() => CasesArgs) args: CasesArgs,
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<ProtectionCaseEntity>> {
    return caseService.list({
      actor,
      filter: args.filter ?? {},
      first: args.first,
      after: args.after,
      withCount: selects(info, 'totalCount'),
    });
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
  recordAssessment(
    @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return caseSteps.recordAssessment(who(ctx, actor), input);
  }

  @RequirePermission(Permission.CASE_APPROVE)
  @Mutation(() => ProtectionCaseEntity, { description: 'Emergency measures or temporary separation (art. 26(3), 32; Form 07)' })
  recordEmergencyAction(
    @Args(() => RecordEmergencyActionArgs) args: RecordEmergencyActionArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return caseSteps.recordEmergencyAction(who(ctx, actor), args);
  }

  @RequirePermission(Permission.CASE_WRITE)
  @Mutation(() => ProtectionCaseEntity)
  submitCasePlan(@Arg('input', () => SubmitCasePlanInput) input: SubmitCasePlanInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.submitPlan(who(ctx, actor), input);
  }

  @RequirePermission(Permission.CASE_APPROVE)
  @Mutation(() => ProtectionCaseEntity, { description: 'COMMUNE_CHAIR (Form 05)' })
  approveCasePlan(@Args(() => ApproveCasePlanArgs) args: ApproveCasePlanArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.approvePlan(who(ctx, actor), args);
  }

  @RequirePermission(Permission.CASE_WRITE)
  @Mutation(() => ProtectionCaseEntity)
  recordMeasureOutcome(@Args(() => MeasureOutcomeArgs) args: MeasureOutcomeArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.recordMeasureOutcome(who(ctx, actor), args);
  }

  @RequirePermission(Permission.CASE_REFER)
  @Mutation(() => ProtectionCaseEntity)
  referCaseToPolice(@Args(() => ReferCaseToPoliceArgs) args: ReferCaseToPoliceArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.referToPolice(who(ctx, actor), args);
  }

  @RequirePermission(Permission.CASE_CLOSE)
  @Mutation(() => ProtectionCaseEntity)
  closeCase(@Arg('input', () => CloseCaseInput) input: CloseCaseInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.close(who(ctx, actor), input);
  }

  @RequirePermission(Permission.CASE_WRITE)
  @Mutation(() => ProtectionCaseEntity)
  reopenCase(@Args(() => ReopenCaseArgs) args: ReopenCaseArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return caseSteps.reopen(who(ctx, actor), args);
  }
}
