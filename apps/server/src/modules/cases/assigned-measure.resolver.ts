import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AuditAction, CaseStatus, MeasureStatus, Permission, ProtectionLevel, Sex } from '@cp/schema';
import type { Context } from '../../common/context';
import { AppError } from '../../common/app-error';
import { CurrentActor } from '../../common/current-actor';
import { ageInYears } from '../../common/dates';
import { DateScalar } from '../../common/scalars';
import { db } from '../../common/db';
import { auditService } from '../audit/audit.service';
import { measureScopeCondition } from '../auth/access-scope';
import type { Actor } from '../../common/actor';
import { RequirePermission } from '../auth/permission.decorators';
import { addCaseEvent } from './case.service';

// What an agency sees of a case: the measure assigned to it and the least child data needed to
// carry it out (initials, age, sex, commune). No name, no address, no case file.
@ObjectType('AssignedMeasure')
export class AssignedMeasure {
  @Field(() => ID) id: string;
  @Field(() => ProtectionLevel) level: ProtectionLevel;
  @Field(() => String) description: string;
  @Field(() => DateScalar, { nullable: true }) dueOn: string | null;
  @Field(() => MeasureStatus) status: MeasureStatus;
  @Field(() => String, { nullable: true }) outcome: string | null;
  @Field(() => String) caseCode: string;
  @Field(() => String) communeName: string;
  @Field(() => String) childInitials: string;
  @Field(() => Int) childAgeYears: number;
  @Field(() => Sex) childSex: Sex;
}

type Row = { id: string; level: ProtectionLevel; description: string; due_on: string | null; status: MeasureStatus; outcome: string | null; case_code: string; commune_name: string; full_name: string; date_of_birth: string; sex: Sex };

const initials = (name: string) => name.split(/\s+/).filter(Boolean).map((w) => `${w[0]!.toUpperCase()}.`).join('');

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
    id: r.id, level: r.level, description: r.description, dueOn: r.due_on, status: r.status, outcome: r.outcome, caseCode: r.case_code,
    communeName: r.commune_name, childInitials: initials(r.full_name), childAgeYears: ageInYears(r.date_of_birth), childSex: r.sex,
  }));
};

@Resolver()
export class AssignedMeasureResolver {
  @RequirePermission(Permission.CASE_READ)
  @Query(() => [AssignedMeasure], { description: "Plan measures assigned to my agency (approved plans of open cases)" })
  assignedMeasures(@CurrentActor() actor: Actor): Promise<AssignedMeasure[]> {
    return query(actor);
  }

  @RequirePermission(Permission.CASE_READ)
  @Mutation(() => AssignedMeasure, { description: 'An agency records the outcome of a measure assigned to it' })
  async recordAssignedMeasureOutcome(
    @Arg('measureId', () => ID) measureId: string, @Arg('status', () => MeasureStatus) status: MeasureStatus,
    @Arg('outcome', () => String, { nullable: true }) outcome: string | null, @CurrentActor() actor: Actor, @Ctx() ctx: Context,
  ): Promise<AssignedMeasure> {
    if (actor.recordScope !== 'ASSIGNED' || !(await query(actor, measureId)).length) throw AppError.notFound();
    await db().transaction(async (tx) => {
      const [m] = await tx.query<[[{ case_id: string }], number]>(`UPDATE plan_measure SET status = $2, outcome = $3, updated_by = $4, updated_at = now() WHERE id = $1 RETURNING case_id`, [
        measureId, status, outcome?.trim() || null, actor.userId,
      ]);
      await addCaseEvent(tx, m[0].case_id, actor, 'MEASURE_UPDATED', { note: status });
      await auditService.record(tx, { ...ctx, actor }, { action: AuditAction.CASE_MEASURE_UPDATED, entityType: 'PlanMeasure', entityId: measureId, data: { status } });
    });
    return (await query(actor, measureId))[0]!;
  }
}
