import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { byId, groupByKey } from '../../common/loader-utils';
import { db } from '../../common/db';
import { caseScopeCondition, unitPathCondition } from '../auth/access-scope';
import type { Actor } from '../../common/actor';
import { ChildEntity } from '../children/child.entity';
import { DeadlineEntity } from '../deadlines/deadline.entity';
import { AbuseReportEntity } from '../reports/abuse-report.entity';
import { scopedReports } from '../reports/abuse-report.service';
import { CaseAssessmentEntity, CaseEventEntity, CasePlanEntity, PlanMeasureEntity } from './case-parts.entity';
import { ProtectionCaseEntity } from './protection-case.entity';

// Loaders of the reports and cases module. Those that fetch records by their own id or by a
// child apply the access scope; those keyed by a case serve cases already fetched through it.
const where = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, cond: { sql: string; params: Record<string, string> }) =>
  qb.andWhere(cond.sql, cond.params);

export const scopedCases = (actor: Actor | null) =>
  where(
    db().getRepository(ProtectionCaseEntity).createQueryBuilder('c'),
    actor ? caseScopeCondition(actor, 'c') : { sql: 'FALSE', params: {} },
  );

export const createCaseLoaders = (actorOf: () => Actor | null) => {
  const reports = () => {
    const actor = actorOf();
    return actor ? scopedReports(db().manager, actor) : db().getRepository(AbuseReportEntity).createQueryBuilder('r').where('FALSE');
  };
  const byCase = <T extends ObjectLiteral & { caseId: string }>(entity: new () => T, order: Record<string, 'ASC' | 'DESC'>) =>
    new DataLoader<string, T[]>(async (ids) =>
      groupByKey(
        await db()
          .getRepository(entity)
          .find({ where: { caseId: In([...ids]) } as never, order: order as never }),
        ids,
        (r) => r.caseId,
      ),
    );
  return {
    caseById: new DataLoader<string, ProtectionCaseEntity | null>(async (ids) =>
      byId(await scopedCases(actorOf()).andWhere('c.id IN (:...ids)', { ids }).getMany(), ids),
    ),
    casesByChild: new DataLoader<string, ProtectionCaseEntity[]>(async (ids) =>
      groupByKey(
        await scopedCases(actorOf()).andWhere('c.child_id IN (:...ids)', { ids }).orderBy('c.received_at', 'DESC').getMany(),
        ids,
        (c) => c.childId,
      ),
    ),
    reportById: new DataLoader<string, AbuseReportEntity | null>(async (ids) =>
      byId(await reports().andWhere('r.id IN (:...ids)', { ids }).getMany(), ids),
    ),
    reportsByChild: new DataLoader<string, AbuseReportEntity[]>(async (ids) =>
      groupByKey(
        await reports().andWhere('r.child_id IN (:...ids)', { ids }).orderBy('r.received_at', 'DESC').getMany(),
        ids,
        (r) => r.childId,
      ),
    ),
    reportsByCase: new DataLoader<string, AbuseReportEntity[]>(async (ids) =>
      groupByKey(
        await reports().andWhere('r.case_id IN (:...ids)', { ids }).orderBy('r.received_at', 'ASC').getMany(),
        ids,
        (r) => r.caseId,
      ),
    ),
    // The child of a case: in the actor's child scope, or (police) the child of a case referred to them.
    childOfCase: new DataLoader<string, ChildEntity | null>(async (ids) => {
      const actor = actorOf();
      if (!actor) return ids.map(() => null);
      const qb = db().getRepository(ChildEntity).createQueryBuilder('ch').where('ch.id IN (:...ids)', { ids });
      if (actor.recordScope === 'JURISDICTION') where(qb, unitPathCondition(actor, 'ch.unit_path'));
      else {
        const cases = caseScopeCondition(actor, 'rc');
        qb.andWhere(`EXISTS (SELECT 1 FROM protection_case rc WHERE rc.child_id = ch.id AND ${cases.sql})`, cases.params);
      }
      return byId(await qb.getMany(), ids);
    }),
    deadlinesByCase: byCase(DeadlineEntity as never, { dueAt: 'ASC' }) as unknown as DataLoader<string, DeadlineEntity[]>,
    deadlinesByReport: new DataLoader<string, DeadlineEntity[]>(async (ids) =>
      groupByKey(
        await db()
          .getRepository(DeadlineEntity)
          .find({ where: { abuseReportId: In([...ids]) }, order: { dueAt: 'ASC' } }),
        ids,
        (d) => d.abuseReportId,
      ),
    ),
    plansByCase: byCase(CasePlanEntity, { version: 'ASC' }),
    eventsByCase: byCase(CaseEventEntity, { at: 'ASC' }),
    assessmentsByCase: byCase(CaseAssessmentEntity, { recordedAt: 'ASC' }),
    measuresByPlan: new DataLoader<string, PlanMeasureEntity[]>(async (ids) =>
      groupByKey(
        await db()
          .getRepository(PlanMeasureEntity)
          .find({ where: { planId: In([...ids]) }, order: { position: 'ASC' } }),
        ids,
        (m) => m.planId,
      ),
    ),
  };
};

export type CaseLoaders = ReturnType<typeof createCaseLoaders>;

declare module '../../common/context' {
  interface Loaders {
    cases: CaseLoaders;
  }
}
