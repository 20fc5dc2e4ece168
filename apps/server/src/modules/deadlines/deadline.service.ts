import { type EntityManager } from 'typeorm';
import { DeadlineKind, Role } from '@cp/schema';
import { db } from '../../common/db';
import { unitPathCondition } from '../auth/access-scope';
import type { Actor } from '../../common/actor';
import { deadlineRulesService } from '../deadline-rules/deadline-rules.service';
import { DeadlineEntity } from './deadline.entity';

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
    const { dueAt, dueSoonAt, responsibleRole } = await deadlineRulesService.dueMoment(tx, d.kind, d.start);
    const row = tx.getRepository(DeadlineEntity).create({
      kind: d.kind,
      caseId: d.caseId ?? null,
      abuseReportId: d.abuseReportId ?? null,
      unitPath: d.unitPath,
      responsibleRole,
      responsibleUserId: responsibleRole === Role.COMMUNE_OFFICER ? (d.responsibleUserId ?? null) : null,
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
        on.abuseReportIds,
        kinds,
      ]);
    }
  },

  // A closed case has nothing left to do: its open deadlines no longer count.
  cancelOpen: async (tx: EntityManager, caseId: string): Promise<void> => {
    await tx.query(`UPDATE deadline SET cancelled_at = now() WHERE case_id = $1 AND ${OPEN}`, [caseId]);
  },

  // The open deadlines of these kinds no longer count (a new plan version replaces the one waiting).
  cancel: async (tx: EntityManager, caseId: string, kinds: DeadlineKind[]): Promise<void> => {
    await tx.query(`UPDATE deadline SET cancelled_at = now() WHERE case_id = $1 AND kind = ANY($2) AND ${OPEN}`, [caseId, kinds]);
  },

  // A report transferred to another commune takes its deadlines there, for whoever is responsible there.
  moveReport: async (tx: EntityManager, abuseReportId: string, unitPath: string): Promise<void> => {
    await tx.query(`UPDATE deadline SET unit_path = $2, responsible_user_id = NULL WHERE abuse_report_id = $1`, [abuseReportId, unitPath]);
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
