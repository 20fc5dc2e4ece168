import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DeadlineKind, Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { Connection, type ConnectionShape } from '../../common/connection';
import { CurrentActor } from '../../common/current-actor';
import { DateTimeScalar } from '../../common/scalars';
import { selects } from '../../common/selection';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { Restricted } from '../audit/restricted';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { UserEntity } from '../auth/user.entity';
import { ProtectionCaseEntity } from '../cases/protection-case.entity';
import { ChildEntity } from '../children/child.entity';
import { AbuseReportEntity } from './abuse-report.entity';
import { abuseReportService } from './abuse-report.service';
import { AbuseReportsArgs } from './dto/abuse-reports.args';
import { CloseAbuseReportArgs, LinkAbuseReportArgs, TransferAbuseReportArgs } from './dto/report-steps.args';
import { SubmitAbuseReportInput } from './dto/submit-abuse-report.input';
import { REPORTER_POLICY, loadReporter } from './reporter-access';
import { Reporter } from './reporter.type';

const AbuseReportConnection = Connection(AbuseReportEntity, 'AbuseReport');

@Resolver(() => AbuseReportEntity)
export class AbuseReportResolver {
  @RequirePermission(Permission.REPORT_READ)
  @Query(() => AbuseReportConnection)
  abuseReports(
    @Args(() => AbuseReportsArgs) args: AbuseReportsArgs,
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<AbuseReportEntity>> {
    return abuseReportService.list({
      actor,
      filter: args.filter ?? {},
      first: args.first,
      after: args.after,
      withCount: selects(info, 'totalCount'),
    });
  }

  @RequirePermission(Permission.REPORT_READ)
  @Query(() => AbuseReportEntity, { nullable: true, description: 'NOT_FOUND outside your jurisdiction' })
  abuseReport(@Arg('id', () => ID) id: string, @CurrentActor() actor: Actor): Promise<AbuseReportEntity> {
    return abuseReportService.get(actor, id);
  }

  @RequirePermission(Permission.REPORT_SUBMIT)
  @Mutation(() => AbuseReportEntity)
  submitAbuseReport(
    @Arg('input', () => SubmitAbuseReportInput) input: SubmitAbuseReportInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return abuseReportService.submit({ ...ctx, actor }, input);
  }

  @RequirePermission(Permission.REPORT_MANAGE)
  @Mutation(() => AbuseReportEntity)
  transferAbuseReport(
    @Args(() => TransferAbuseReportArgs) args: TransferAbuseReportArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return abuseReportService.transfer({ ...ctx, actor }, args);
  }

  @RequirePermission(Permission.REPORT_MANAGE)
  @Mutation(() => AbuseReportEntity)
  linkAbuseReport(@Args(() => LinkAbuseReportArgs) args: LinkAbuseReportArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return abuseReportService.link({ ...ctx, actor }, args);
  }

  @RequirePermission(Permission.REPORT_MANAGE)
  @Mutation(() => AbuseReportEntity, { description: 'NO_FURTHER_ACTION' })
  closeAbuseReport(@Args(() => CloseAbuseReportArgs) args: CloseAbuseReportArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return abuseReportService.close({ ...ctx, actor }, args);
  }

  // Whistle-blower protection: see reporter-access.ts. Audited on every non-null read.
  @FieldResolver(() => Reporter, { nullable: true })
  @Restricted(REPORTER_POLICY)
  reporter(@Root() report: AbuseReportEntity): Promise<Reporter> {
    return loadReporter(report);
  }

  @FieldResolver(() => AdminUnitEntity)
  async commune(@Root() report: AbuseReportEntity, @Ctx() ctx: Context): Promise<AdminUnitEntity> {
    const unit = await ctx.loaders.adminUnit.load(report.communeId);
    if (!unit) throw new Error(`report ${report.id} points to a missing commune`);
    return unit;
  }

  @FieldResolver(() => ChildEntity, { nullable: true })
  child(@Root() report: AbuseReportEntity, @Ctx() ctx: Context) {
    return report.childId ? ctx.loaders.cases.childOfCase.load(report.childId) : null;
  }

  @FieldResolver(() => ProtectionCaseEntity, { nullable: true })
  case(@Root() report: AbuseReportEntity, @Ctx() ctx: Context) {
    return report.caseId ? ctx.loaders.cases.caseById.load(report.caseId) : null;
  }

  @FieldResolver(() => UserEntity, { nullable: true })
  receivedBy(@Root() report: AbuseReportEntity, @Ctx() ctx: Context) {
    return report.receivedBy ? ctx.loaders.user.load(report.receivedBy) : null;
  }

  @FieldResolver(() => DateTimeScalar, { description: 'receivedAt + 12 h (Decree 56 art. 26), from the deadline rule' })
  async initialAssessmentDueAt(@Root() report: AbuseReportEntity, @Ctx() ctx: Context): Promise<Date> {
    const deadlines = await ctx.loaders.cases.deadlinesByReport.load(report.id);
    return (
      deadlines.find((d) => d.kind === DeadlineKind.INITIAL_ASSESSMENT)?.dueAt ?? new Date(report.receivedAt.getTime() + 12 * 3_600_000)
    );
  }
}
