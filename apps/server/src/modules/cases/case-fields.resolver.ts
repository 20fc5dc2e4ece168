import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { AgencyEntity } from '../admin-units/agency.entity';
import { UserEntity } from '../auth/user.entity';
import { ChildEntity } from '../children/child.entity';
import { DeadlineEntity } from '../deadlines/deadline.entity';
import { AbuseReportEntity } from '../reports/abuse-report.entity';
import { CaseAssessmentEntity, CaseEventEntity, CasePlanEntity, PlanMeasureEntity } from './case-parts.entity';
import { ProtectionCaseEntity } from './protection-case.entity';

@Resolver(() => ProtectionCaseEntity)
export class CaseFieldsResolver {
  @FieldResolver(() => ChildEntity)
  async child(@Root() c: ProtectionCaseEntity, @Ctx() ctx: Context): Promise<ChildEntity> {
    const child = await ctx.loaders.cases.childOfCase.load(c.childId);
    if (!child) throw new Error(`case ${c.id}: child not loadable in scope`);
    return child;
  }

  @FieldResolver(() => AdminUnitEntity)
  async commune(@Root() c: ProtectionCaseEntity, @Ctx() ctx: Context): Promise<AdminUnitEntity> {
    const unit = await ctx.loaders.adminUnit.load(c.communeId);
    if (!unit) throw new Error(`case ${c.id} points to a missing commune`);
    return unit;
  }

  @FieldResolver(() => UserEntity, { nullable: true })
  assignedTo(@Root() c: ProtectionCaseEntity, @Ctx() ctx: Context) {
    return c.assignedTo ? ctx.loaders.user.load(c.assignedTo) : null;
  }

  @FieldResolver(() => [AbuseReportEntity])
  abuseReports(@Root() c: ProtectionCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.cases.reportsByCase.load(c.id);
  }

  @FieldResolver(() => [DeadlineEntity], { description: 'Cancelled deadlines (of a closed case) are left out' })
  async deadlines(@Root() c: ProtectionCaseEntity, @Ctx() ctx: Context): Promise<DeadlineEntity[]> {
    return (await ctx.loaders.cases.deadlinesByCase.load(c.id)).filter((d) => !d.cancelledAt);
  }

  @FieldResolver(() => CasePlanEntity, { nullable: true, description: 'The current plan version' })
  async plan(@Root() c: ProtectionCaseEntity, @Ctx() ctx: Context): Promise<CasePlanEntity | null> {
    return (await ctx.loaders.cases.plansByCase.load(c.id)).at(-1) ?? null;
  }

  @FieldResolver(() => [CasePlanEntity], { description: 'Every plan version, oldest first' })
  plans(@Root() c: ProtectionCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.cases.plansByCase.load(c.id);
  }

  @FieldResolver(() => [CaseEventEntity], { description: 'The timeline' })
  events(@Root() c: ProtectionCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.cases.eventsByCase.load(c.id);
  }

  @FieldResolver(() => [CaseAssessmentEntity])
  assessments(@Root() c: ProtectionCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.cases.assessmentsByCase.load(c.id);
  }
}

@Resolver(() => CasePlanEntity)
export class CasePlanResolver {
  @FieldResolver(() => [PlanMeasureEntity])
  measures(@Root() plan: CasePlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.cases.measuresByPlan.load(plan.id);
  }

  @FieldResolver(() => UserEntity, { nullable: true })
  approvedBy(@Root() plan: CasePlanEntity, @Ctx() ctx: Context) {
    return plan.approvedById ? ctx.loaders.user.load(plan.approvedById) : null;
  }
}

@Resolver(() => PlanMeasureEntity)
export class PlanMeasureResolver {
  @FieldResolver(() => AgencyEntity, { nullable: true })
  assignedAgency(@Root() m: PlanMeasureEntity, @Ctx() ctx: Context) {
    return m.assignedAgencyId ? ctx.loaders.agency.load(m.assignedAgencyId) : null;
  }
}

@Resolver(() => CaseEventEntity)
export class CaseEventResolver {
  @FieldResolver(() => UserEntity, { nullable: true })
  actor(@Root() e: CaseEventEntity, @Ctx() ctx: Context) {
    return e.actorId ? ctx.loaders.user.load(e.actorId) : null;
  }
}

// Child.cases and Child.abuseReports, through scoped loaders.
@Resolver(() => ChildEntity)
export class ChildCasesResolver {
  @FieldResolver(() => [ProtectionCaseEntity])
  cases(@Root() child: ChildEntity, @Ctx() ctx: Context) {
    return ctx.loaders.cases.casesByChild.load(child.id);
  }

  @FieldResolver(() => [AbuseReportEntity])
  abuseReports(@Root() child: ChildEntity, @Ctx() ctx: Context) {
    return ctx.loaders.cases.reportsByChild.load(child.id);
  }
}
