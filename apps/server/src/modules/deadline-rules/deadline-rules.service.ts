import type { EntityManager } from 'typeorm';
import { AuditAction, type DeadlineKind, type Role } from '@cp/schema';
import { AppError } from '../../common/app-error';
import type { SignedInContext } from '../../common/context';
import { db } from '../../common/db';
import { auditService } from '../audit/audit.service';
import { DeadlineRuleEntity, PublicHolidayEntity } from './deadline-rule.entity';
import { computeDueAt, type Calendar, type Clock } from './working-days';

export type UpdateDeadlineRule = { kind: DeadlineKind; clock: Clock; amount: number; dueSoonHours: number };
export type SavePublicHoliday = { day: string; name: string; kind: string; source: string | null };

export const loadCalendar = async (manager: EntityManager): Promise<Calendar> => {
  const rows: { day: string; kind: string }[] = await manager.query(`SELECT day::text AS day, kind FROM public_holiday`);
  return {
    daysOff: new Set(rows.filter((r) => r.kind !== 'WORKDAY').map((r) => r.day)),
    workdays: new Set(rows.filter((r) => r.kind === 'WORKDAY').map((r) => r.day)),
  };
};

// The rule table and the holiday calendar: configuration an administrator keeps up to date, and
// the clock every deadline is computed by.
export const deadlineRulesService = {
  rules: (): Promise<DeadlineRuleEntity[]> =>
    db()
      .getRepository(DeadlineRuleEntity)
      .find({ order: { kind: 'ASC' } }),

  holidays: (year: number): Promise<PublicHolidayEntity[]> =>
    db().query(`SELECT day::text AS day, name, kind, source FROM public_holiday WHERE extract(year FROM day) = $1 ORDER BY day`, [year]),

  // When a deadline of `kind` started at `start` is due (and due soon), and whose it is, from the
  // rule table and the calendar, read in the caller's transaction.
  dueMoment: async (
    tx: EntityManager,
    kind: DeadlineKind,
    start: Date,
  ): Promise<{ dueAt: Date; dueSoonAt: Date; responsibleRole: Role }> => {
    const rule = await tx.getRepository(DeadlineRuleEntity).findOneByOrFail({ kind });
    const dueAt = computeDueAt(start, rule.clock, rule.amount, await loadCalendar(tx));
    const dueSoonAt = new Date(Math.max(start.getTime(), dueAt.getTime() - rule.dueSoonHours * 3_600_000));
    return { dueAt, dueSoonAt, responsibleRole: rule.responsibleRole };
  },

  // Applies to deadlines opened from now on.
  updateRule: async (ctx: SignedInContext, input: UpdateDeadlineRule): Promise<DeadlineRuleEntity> => {
    const { kind, clock, amount, dueSoonHours } = input;
    await db().transaction(async (tx) => {
      const result = await tx.query<[unknown, number]>(
        `UPDATE deadline_rule SET clock = $2, amount = $3, due_soon_hours = $4, updated_at = now() WHERE kind = $1`,
        [kind, clock, amount, dueSoonHours],
      );
      if (result[1] === 0) throw AppError.notFound();
      await auditService.record(tx, ctx, {
        action: AuditAction.DEADLINE_RULE_UPDATED,
        entityType: 'DeadlineRule',
        entityId: kind,
        data: { clock, amount },
      });
    });
    return db().getRepository(DeadlineRuleEntity).findOneByOrFail({ kind });
  },

  // Adds or changes a day off (or a swapped working day).
  saveHoliday: async (ctx: SignedInContext, input: SavePublicHoliday): Promise<PublicHolidayEntity> => {
    const name = input.name.trim();
    if (!name) throw AppError.field('name', 'validation.required');
    const source = input.source?.trim() || null;
    await db().transaction(async (tx) => {
      await tx.query(
        `INSERT INTO public_holiday (day, name, kind, source) VALUES ($1, $2, $3, $4)
         ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, source = EXCLUDED.source, updated_at = now()`,
        [input.day, name, input.kind, source],
      );
      await auditService.record(tx, ctx, {
        action: AuditAction.PUBLIC_HOLIDAY_SAVED,
        entityType: 'PublicHoliday',
        entityId: input.day,
        data: { kind: input.kind },
      });
    });
    return { day: input.day, name, kind: input.kind, source };
  },

  deleteHoliday: (ctx: SignedInContext, day: string): Promise<boolean> =>
    db().transaction(async (tx) => {
      const result = await tx.query<[unknown, number]>(`DELETE FROM public_holiday WHERE day = $1`, [day]);
      await auditService.record(tx, ctx, { action: AuditAction.PUBLIC_HOLIDAY_DELETED, entityType: 'PublicHoliday', entityId: day });
      return result[1] > 0;
    }),
};
