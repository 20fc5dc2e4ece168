import { AuditAction, CaseStatus, type MeasureStatus, type ProtectionLevel, type Sex } from '@cp/schema';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import type { SignedInContext } from '../../common/context';
import { ageInYears } from '../../common/dates';
import { db } from '../../common/db';
import { auditService } from '../audit/audit.service';
import { measureScopeCondition } from '../auth/access-scope';
import type { AssignedMeasure } from './assigned-measure.type';
import { addCaseEvent } from './case.service';
import type { MeasureOutcomeArgs } from './dto/case.inputs';

type Row = {
  id: string;
  level: ProtectionLevel;
  description: string;
  due_on: string | null;
  status: MeasureStatus;
  outcome: string | null;
  case_code: string;
  commune_name: string;
  full_name: string;
  date_of_birth: string;
  sex: Sex;
};

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join('');

const query = async (actor: Actor, id?: string): Promise<AssignedMeasure[]> => {
  const scope = measureScopeCondition(actor, 'm');
  let n = 0;
  const sql = scope.sql.replace(/:(\w+)/g, () => `$${++n}`);
  const params: unknown[] = Object.values(scope.params);
  const rows: Row[] = await db().query(
    `SELECT m.id, m.level, m.description, m.due_on::text AS due_on, m.status, m.outcome, c.code AS case_code, u.name AS commune_name,
            ch.full_name, ch.date_of_birth::text AS date_of_birth, ch.sex
       FROM plan_measure m JOIN protection_case c ON c.id = m.case_id JOIN child ch ON ch.id = c.child_id JOIN admin_unit u ON u.id = c.commune_id
      WHERE ${sql} AND c.status <> '${CaseStatus.CLOSED}' ${id ? `AND m.id = $${params.push(id)}` : ''}
      ORDER BY m.due_on NULLS LAST, m.id LIMIT 200`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    level: r.level,
    description: r.description,
    dueOn: r.due_on,
    status: r.status,
    outcome: r.outcome,
    caseCode: r.case_code,
    communeName: r.commune_name,
    childInitials: initials(r.full_name),
    childAgeYears: ageInYears(r.date_of_birth),
    childSex: r.sex,
  }));
};

// What agencies do with the measures assigned to them.
export const assignedMeasureService = {
  list: (actor: Actor): Promise<AssignedMeasure[]> => query(actor),

  // An agency records the outcome of a measure assigned to it; anything else is NOT_FOUND.
  recordOutcome: async (ctx: SignedInContext, { measureId, status, outcome }: MeasureOutcomeArgs): Promise<AssignedMeasure> => {
    const { actor } = ctx;
    if (actor.recordScope !== 'ASSIGNED' || !(await query(actor, measureId)).length) throw AppError.notFound();
    await db().transaction(async (tx) => {
      const [m] = await tx.query<[[{ case_id: string }], number]>(
        `UPDATE plan_measure SET status = $2, outcome = $3, updated_by = $4, updated_at = now() WHERE id = $1 RETURNING case_id`,
        [measureId, status, outcome?.trim() || null, actor.userId],
      );
      await addCaseEvent(tx, m[0].case_id, actor, 'MEASURE_UPDATED', { note: status });
      await auditService.record(tx, ctx, {
        action: AuditAction.CASE_MEASURE_UPDATED,
        entityType: 'PlanMeasure',
        entityId: measureId,
        data: { status },
      });
    });
    return (await query(actor, measureId))[0]!;
  },
};
