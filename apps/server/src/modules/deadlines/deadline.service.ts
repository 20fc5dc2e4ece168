import { type EntityManager } from 'typeorm';
import { DeadlineKind, Role } from '@cp/schema';
import { db } from '../../db/data-source';
import { unitPathCondition } from '../auth/access-scope';
import type { Actor } from '../auth/actor';
import { DeadlineEntity, DeadlineRuleEntity } from './deadline.entity';
import { computeDueAt, type Calendar } from './working-days';

export const loadCalendar = async (manager: EntityManager): Promise<Calendar> => {
  const rows: { day: string; kind: string }[] = await manager.query(`SELECT day::text AS day, kind FROM public_holiday`);
  return {
    daysOff: new Set(rows.filter((r) => r.kind !== 'WORKDAY').map((r) => r.day)),
    workdays: new Set(rows.filter((r) => r.kind === 'WORKDAY').map((r) => r.day)),
  };
};

export type NewDeadline = {
  kind: DeadlineKind;
  start: Date;
  unitPath: string;
  caseId?: string;
  abuseReportId?: string;
  responsibleUserId?: string | null;
};

const OPEN = 'met_at IS NULL AND cancelled_at IS NULL';

export const deadlineService = {
  // Computes the due moment from the rule table and the holiday calendar, in the caller's transaction.
  open: async (tx: EntityManager, d: NewDeadline): Promise<DeadlineEntity> => {
    const rule = await tx.getRepository(DeadlineRuleEntity).findOneByOrFail({ kind: d.kind });
    const dueAt = computeDueAt(d.start, rule.clock, rule.amount, await loadCalendar(tx));
    const dueSoonAt = new Date(Math.max(d.start.getTime(), dueAt.getTime() - rule.dueSoonHours * 3_600_000));
    const row = tx.getRepository(DeadlineEntity).create({
      kind: d.kind,
      caseId: d.caseId ?? null,
      abuseReportId: d.abuseReportId ?? null,
      unitPath: d.unitPath,
      responsibleRole: rule.responsibleRole,
      responsibleUserId: rule.responsibleRole === Role.COMMUNE_OFFICER ? (d.responsibleUserId ?? null) : null,
      startsAt: d.start,
      dueAt,
      dueSoonAt,
    });
    return tx.getRepository(DeadlineEntity).save(row);
  },

  // Marks the open deadlines of these kinds met now (late ones then read as MISSED).
  meet: async (tx: EntityManager, on: { caseId?: string; abuseReportIds?: string[] }, kinds: DeadlineKind[]): Promise<void> => {
    if (on.caseId) {
      await tx.query(`UPDATE deadline SET met_at = now() WHERE case_id = $1 AND kind = ANY($2) AND ${OPEN}`, [on.caseId, kinds]);
    }
    if (on.abuseReportIds?.length) {
      await tx.query(`UPDATE deadline SET met_at = now() WHERE abuse_report_id = ANY($1) AND kind = ANY($2) AND ${OPEN}`, [
        on.abuseReportIds, kinds,
      ]);
    }
  },

  // A closed case has nothing left to do: its open deadlines no longer count.
  cancelOpen: async (tx: EntityManager, caseId: string): Promise<void> => {
    await tx.query(`UPDATE deadline SET cancelled_at = now() WHERE case_id = $1 AND ${OPEN}`, [caseId]);
  },

  // My open deadlines: assigned to me, or to my role in my area when nobody is assigned.
  worklist: async (actor: Actor): Promise<DeadlineEntity[]> => {
    const area = unitPathCondition(actor, 'd.unit_path');
    return db()
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .where(`d.met_at IS NULL AND d.cancelled_at IS NULL`)
      .andWhere(`(d.responsible_user_id = :me OR (d.responsible_user_id IS NULL AND d.responsible_role = :role AND ${area.sql}))`, {
        me: actor.userId,
        role: actor.role,
        ...area.params,
      })
      .andWhere(area.sql, area.params)
      .orderBy('d.due_at', 'ASC')
      .limit(200)
      .getMany();
  },
};
