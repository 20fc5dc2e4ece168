import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AuditAction, DeadlineKind, Permission, enumLabel } from '@cp/schema';
import type { Context } from '../../app/context';
import { AppError } from '../../common/app-error';
import { CurrentActor } from '../../common/current-actor';
import { DateScalar } from '../../common/scalars';
import { db } from '../../db/data-source';
import { auditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { ProtectionCaseEntity } from '../cases/protection-case.entity';
import { AbuseReportEntity } from '../reports/abuse-report.entity';
import { DeadlineEntity, DeadlineRuleEntity, PublicHolidayEntity } from './deadline.entity';
import { deadlineService } from './deadline.service';

@ObjectType('WorkItem')
export class WorkItem {
  @Field(() => ProtectionCaseEntity, { nullable: true }) case: ProtectionCaseEntity | null;
  @Field(() => AbuseReportEntity, { nullable: true }) abuseReport: AbuseReportEntity | null;
  @Field(() => DeadlineEntity) deadline: DeadlineEntity;
  @Field(() => String) title: string;
}

const CLOCKS = ['HOURS', 'WORKING_DAYS', 'CALENDAR_DAYS'];
const HOLIDAY_KINDS = ['HOLIDAY', 'TET', 'COMPENSATORY', 'WORKDAY'];

@Resolver()
export class WorklistResolver {
  @RequirePermission(Permission.WORKLIST_READ)
  @Query(() => [WorkItem], { description: 'My open deadlines, most urgent first' })
  async myWorklist(@CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<WorkItem[]> {
    const deadlines = await deadlineService.worklist(actor);
    const items = await Promise.all(
      deadlines.map(async (deadline) => {
        const c = deadline.caseId ? await ctx.loaders.cases.caseById.load(deadline.caseId) : null;
        const r = deadline.abuseReportId ? await ctx.loaders.cases.reportById.load(deadline.abuseReportId) : null;
        const code = c?.code ?? r?.code;
        return code ? { case: c, abuseReport: r, deadline, title: `${enumLabel('DeadlineKind', deadline.kind, ctx.locale)}: ${code}` } : null;
      }),
    );
    return items.filter((i): i is WorkItem => i !== null);
  }

  // The rule table and the holiday calendar: configuration an administrator keeps up to date.
  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Query(() => [DeadlineRuleEntity])
  deadlineRules(): Promise<DeadlineRuleEntity[]> {
    return db().getRepository(DeadlineRuleEntity).find({ order: { kind: 'ASC' } });
  }

  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Query(() => [PublicHolidayEntity])
  publicHolidays(@Arg('year', () => Int) year: number): Promise<PublicHolidayEntity[]> {
    return db().query(`SELECT day::text AS day, name, kind, source FROM public_holiday WHERE extract(year FROM day) = $1 ORDER BY day`, [year]);
  }

  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Mutation(() => DeadlineRuleEntity, { description: 'Applies to deadlines opened from now on' })
  async updateDeadlineRule(
    @Arg('kind', () => DeadlineKind) kind: DeadlineKind, @Arg('clock', () => String) clock: string, @Arg('amount', () => Int) amount: number,
    @Arg('dueSoonHours', () => Int) dueSoonHours: number, @CurrentActor() actor: Actor, @Ctx() ctx: Context,
  ): Promise<DeadlineRuleEntity> {
    if (!CLOCKS.includes(clock)) throw AppError.field('clock', 'validation.invalid');
    if (amount < 1 || amount > 365) throw AppError.field('amount', 'validation.range', { min: 1, max: 365 });
    if (dueSoonHours < 0 || dueSoonHours > 720) throw AppError.field('dueSoonHours', 'validation.range', { min: 0, max: 720 });
    await db().transaction(async (tx) => {
      const result = await tx.query(`UPDATE deadline_rule SET clock = $2, amount = $3, due_soon_hours = $4, updated_at = now() WHERE kind = $1`, [kind, clock, amount, dueSoonHours]);
      if ((result as [unknown, number])[1] === 0) throw AppError.notFound();
      await auditService.record(tx, { ...ctx, actor }, { action: AuditAction.DEADLINE_RULE_UPDATED, entityType: 'DeadlineRule', entityId: kind, data: { clock, amount } });
    });
    return db().getRepository(DeadlineRuleEntity).findOneByOrFail({ kind });
  }

  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Mutation(() => PublicHolidayEntity, { description: 'Adds or changes a day off (or a swapped working day)' })
  async savePublicHoliday(
    @Arg('day', () => DateScalar) day: string, @Arg('name', () => String) name: string, @Arg('kind', () => String) kind: string,
    @Arg('source', () => String, { nullable: true }) source: string | null, @CurrentActor() actor: Actor, @Ctx() ctx: Context,
  ): Promise<PublicHolidayEntity> {
    if (!HOLIDAY_KINDS.includes(kind)) throw AppError.field('kind', 'validation.invalid');
    if (!name.trim()) throw AppError.field('name', 'validation.required');
    await db().transaction(async (tx) => {
      await tx.query(
        `INSERT INTO public_holiday (day, name, kind, source) VALUES ($1, $2, $3, $4)
         ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, source = EXCLUDED.source, updated_at = now()`,
        [day, name.trim(), kind, source?.trim() || null],
      );
      await auditService.record(tx, { ...ctx, actor }, { action: AuditAction.PUBLIC_HOLIDAY_SAVED, entityType: 'PublicHoliday', entityId: day, data: { kind } });
    });
    return { day, name: name.trim(), kind, source: source?.trim() || null };
  }

  @RequirePermission(Permission.DEADLINE_RULE_MANAGE)
  @Mutation(() => Boolean)
  async deletePublicHoliday(@Arg('day', () => DateScalar) day: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<boolean> {
    return db().transaction(async (tx) => {
      const result = (await tx.query(`DELETE FROM public_holiday WHERE day = $1`, [day])) as [unknown, number];
      await auditService.record(tx, { ...ctx, actor }, { action: AuditAction.PUBLIC_HOLIDAY_DELETED, entityType: 'PublicHoliday', entityId: day });
      return result[1] > 0;
    });
  }
}
