import type { EntityManager } from 'typeorm';
import { AuditAction, CaseStatus, DeadlineKind, Role } from '@cp/schema';
import { db } from '../../common/db';
import { AppError, AppErrorCode } from '../../common/app-error';
import { decodeKeysetCursor, encodeCursor, pageSize, toConnection, type ConnectionShape, type ListQuery } from '../../common/connection';
import { createOnce } from '../../common/idempotency';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { auditService, type AuditWho } from '../audit/audit.service';
import { caseScopeCondition, pathInScope } from '../auth/access-scope';
import type { Actor } from '../../common/actor';
import { childService } from '../children/child.service';
import { deadlineService } from '../deadlines/deadline.service';
import { abuseReportService } from '../reports/abuse-report.service';
import type { AbuseReportEntity } from '../reports/abuse-report.entity';
import { CaseEventEntity } from './case-parts.entity';
import type { CaseFilter, OpenCaseInput } from './dto/case.inputs';
import { ProtectionCaseEntity } from './protection-case.entity';

export type Who = AuditWho & { actor: Actor };

export const scopedCaseQuery = (manager: EntityManager, actor: Actor) => {
  const scope = caseScopeCondition(actor, 'c');
  return manager.getRepository(ProtectionCaseEntity).createQueryBuilder('c').where(scope.sql, scope.params);
};

export const addCaseEvent = (tx: EntityManager, caseId: string, actor: Actor, kind: string, e: Partial<CaseEventEntity> = {}) =>
  tx.insert(CaseEventEntity, { caseId, actorId: actor.userId, kind, at: new Date(), ...e });

export const caseService = {
  get: async (actor: Actor, id: string): Promise<ProtectionCaseEntity> => {
    const found = await scopedCaseQuery(db().manager, actor).andWhere('c.id = :id', { id }).getOne();
    if (!found) throw AppError.notFound();
    return found;
  },

  // From a report (the commune where it happened assesses it) or directly for a child in
  // special circumstances (the child's commune). The plan clock starts at receipt.
  open: (who: Who, input: OpenCaseInput): Promise<ProtectionCaseEntity> =>
    createOnce(
      who.actor,
      'openCase',
      input.clientMutationId,
      async (tx) => {
        const { actor } = who;
        const child = await childService.get(actor, input.childId);
        let report: AbuseReportEntity | null = null;
        if (input.abuseReportId) report = await abuseReportService.lockForCase(tx, actor, input.abuseReportId);
        const commune = await tx.getRepository(AdminUnitEntity).findOneByOrFail({ id: report?.communeId ?? child.communeId });
        if (!pathInScope(actor, commune.path)) throw AppError.notFound();
        if (input.assignedToId) {
          const rows: unknown[] = await tx.query(
            `SELECT 1 FROM app_user u JOIN admin_unit j ON j.id = u.jurisdiction_id WHERE u.id = $1 AND u.role = $2 AND $3 LIKE j.path || '%'`,
            [input.assignedToId, Role.COMMUNE_OFFICER, commune.path],
          );
          if (!rows.length) throw AppError.field('assignedToId', 'validation.userNotFound');
        }
        const [{ n }] = await tx.query<[{ n: string }]>(`SELECT nextval('protection_case_code_seq') AS n`);
        const receivedAt = report?.receivedAt ?? input.receivedAt ?? new Date();
        const assignedTo = input.assignedToId ?? (actor.role === Role.COMMUNE_OFFICER ? actor.userId : null);
        const saved = await tx.getRepository(ProtectionCaseEntity).save(
          tx.getRepository(ProtectionCaseEntity).create({
            code: `HS-${commune.code}-${String(n).padStart(6, '0')}`,
            childId: child.id,
            communeId: commune.id,
            level: input.level,
            status: CaseStatus.RECEIVED,
            circumstances: [...new Set(input.circumstances ?? [])],
            abuseForms: [...new Set(input.abuseForms ?? report?.abuseForms ?? [])],
            receivedAt,
            assignedTo,
            createdBy: actor.userId,
          }),
        );
        if (report) {
          await abuseReportService.attachCase(tx, report, saved.id, child.id);
        } else {
          await deadlineService.open(tx, {
            kind: DeadlineKind.INITIAL_ASSESSMENT,
            start: receivedAt,
            unitPath: commune.path,
            caseId: saved.id,
            responsibleUserId: assignedTo,
          });
        }
        await deadlineService.open(tx, {
          kind: DeadlineKind.PLAN_SUBMISSION,
          start: receivedAt,
          unitPath: commune.path,
          caseId: saved.id,
          responsibleUserId: assignedTo,
        });
        await addCaseEvent(tx, saved.id, actor, 'OPENED', { toStatus: CaseStatus.RECEIVED, note: report?.code ?? null });
        await auditService.record(tx, who, {
          action: AuditAction.CASE_OPENED,
          entityType: 'ProtectionCase',
          entityId: saved.id,
          data: { fromReport: !!report },
        });
        return saved.id;
      },
      (id) => caseService.get(who.actor, id),
    ),

  // A merged duplicate's cases are the kept child's from now on. Returns the ids moved.
  moveChild: async (tx: EntityManager, fromChildId: string, toChildId: string): Promise<string[]> => {
    const [rows] = await tx.query<[{ id: string }[], number]>(
      `UPDATE protection_case SET child_id = $1, version = version + 1, updated_at = now() WHERE child_id = $2 RETURNING id`,
      [toChildId, fromChildId],
    );
    return rows.map((r) => r.id);
  },

  list: async ({ actor, filter, first, after, withCount }: ListQuery<CaseFilter>): Promise<ConnectionShape<ProtectionCaseEntity>> => {
    const size = pageSize(first);
    const qb = scopedCaseQuery(db().manager, actor);
    if (filter.unitId) qb.andWhere(`c.unit_path LIKE (SELECT path FROM admin_unit WHERE id = :unitId) || '%'`, { unitId: filter.unitId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.level) qb.andWhere('c.level = :level', { level: filter.level });
    if (filter.assignedToMe) qb.andWhere('c.assigned_to = :me', { me: actor.userId });
    if (filter.open != null) qb.andWhere(filter.open ? 'c.closed_at IS NULL' : 'c.closed_at IS NOT NULL');
    if (filter.deadlineState) {
      const open = 'd.met_at IS NULL AND d.cancelled_at IS NULL';
      const states: Record<string, string> = {
        MISSED: `(d.met_at > d.due_at OR (${open} AND d.due_at < now()))`,
        DUE_SOON: `(${open} AND now() BETWEEN d.due_soon_at AND d.due_at)`,
        PENDING: `(${open} AND now() < d.due_soon_at)`,
        MET: `(d.met_at <= d.due_at)`,
      };
      qb.andWhere(`EXISTS (SELECT 1 FROM deadline d WHERE d.case_id = c.id AND ${states[filter.deadlineState]})`);
    }
    const totalCount = withCount ? await qb.clone().getCount() : 0;
    if (after) {
      const { key, id } = decodeKeysetCursor(after, 'timestamptz');
      qb.andWhere('(c.received_at, c.id) < (CAST(:k AS timestamptz), CAST(:i AS uuid))', { k: key, i: id });
    }
    const rows = await qb
      .orderBy('c.received_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, (c) => encodeCursor([c.receivedAt.toISOString(), c.id]), totalCount);
  },
};

export const invalidStep = (key: string) => new AppError(AppErrorCode.BAD_USER_INPUT, key);
