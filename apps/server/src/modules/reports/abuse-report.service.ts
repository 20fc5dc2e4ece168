import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AdminLevel, AuditAction, DeadlineKind, ReportStatus } from '@cp/schema';
import { db } from '../../common/db';
import { AppError, AppErrorCode } from '../../common/app-error';
import { decodeKeysetCursor, encodeCursor, pageSize, toConnection, type ConnectionShape, type ListQuery } from '../../common/connection';
import { createOnce } from '../../common/idempotency';
import { assertVersion } from '../../common/versioning';
import { AdminUnitEntity } from '../admin-units/admin-unit.entity';
import { auditService, type AuditWho } from '../audit/audit.service';
import { pathInScope, reportScopeCondition } from '../auth/access-scope';
import type { Actor } from '../../common/actor';
import { childService } from '../children/child.service';
import { deadlineService } from '../deadlines/deadline.service';
import { AbuseReportEntity } from './abuse-report.entity';
import type { AbuseReportFilter } from './dto/abuse-reports.args';
import type { CloseAbuseReportArgs, LinkAbuseReportArgs, TransferAbuseReportArgs } from './dto/report-steps.args';
import type { SubmitAbuseReportInput } from './dto/submit-abuse-report.input';

type Who = AuditWho & { actor: Actor };
const OPEN_STATUSES = [ReportStatus.RECEIVED, ReportStatus.TRANSFERRED, ReportStatus.ASSESSED];

export const scopedReports = (manager: EntityManager, actor: Actor): SelectQueryBuilder<AbuseReportEntity> => {
  const scope = reportScopeCondition(actor, 'r');
  return manager.getRepository(AbuseReportEntity).createQueryBuilder('r').where(scope.sql, scope.params);
};

// A commune that must assess a report: a real commune; to submit, inside the actor's area or
// containing it (a village collaborator reports for the commune of the village).
const communeFor = async (tx: EntityManager, actor: Actor | null, communeId: string): Promise<AdminUnitEntity> => {
  const commune = await tx.getRepository(AdminUnitEntity).findOneBy({ id: communeId });
  if (!commune) throw AppError.field('communeId', 'validation.unitNotFound');
  if (commune.level !== AdminLevel.COMMUNE) throw AppError.field('communeId', 'validation.notACommune');
  if (actor && !pathInScope(actor, commune.path) && !actor.scopePaths.some((p) => p.startsWith(commune.path))) {
    throw AppError.field('communeId', 'validation.unitNotFound');
  }
  return commune;
};

const lockForUpdate = async (tx: EntityManager, actor: Actor, id: string, expectedVersion: number) => {
  const report = await scopedReports(tx, actor).andWhere('r.id = :id', { id }).setLock('pessimistic_write').getOne();
  if (!report) throw AppError.notFound();
  assertVersion(report.version, expectedVersion);
  return report;
};

const bump = (tx: EntityManager, report: AbuseReportEntity, changes: Partial<AbuseReportEntity>) =>
  tx.update(AbuseReportEntity, { id: report.id }, { ...changes, version: report.version + 1, updatedAt: new Date() });

export const abuseReportService = {
  get: async (actor: Actor, id: string): Promise<AbuseReportEntity> => {
    const report = await scopedReports(db().manager, actor).andWhere('r.id = :id', { id }).getOne();
    if (!report) throw AppError.notFound();
    return report;
  },

  // Right after a write by this actor, which may have moved the report out of their area
  // (a transfer, or a collaborator's report for the whole commune). Restricted fields re-check scope.
  justWritten: (id: string) => db().getRepository(AbuseReportEntity).findOneByOrFail({ id }),

  submit: (who: Who, input: SubmitAbuseReportInput): Promise<AbuseReportEntity> =>
    createOnce(
      who.actor,
      'submitAbuseReport',
      input.clientMutationId,
      async (tx) => {
        const commune = await communeFor(tx, who.actor, input.communeId);
        if (input.childId) await childService.get(who.actor, input.childId);
        const reporter = input.reporter;
        if (!reporter.anonymous && !reporter.fullName?.trim() && !reporter.phone?.trim()) {
          throw AppError.field('reporter.fullName', 'report.reporterMissing');
        }
        const [{ n }] = await tx.query<[{ n: string }]>(`SELECT nextval('abuse_report_code_seq') AS n`);
        const receivedAt = input.receivedAt ?? new Date();
        const saved = await tx.getRepository(AbuseReportEntity).save(
          tx.getRepository(AbuseReportEntity).create({
            code: `TB-${commune.code}-${String(n).padStart(6, '0')}`,
            receivedAt,
            channel: input.channel,
            category: input.category,
            abuseForms: [...new Set(input.abuseForms)],
            communeId: commune.id,
            incidentPlace: input.incidentPlace?.trim() || null,
            description: input.description.trim(),
            childId: input.childId ?? null,
            childName: input.childName?.trim() || null,
            childSex: input.childSex ?? null,
            childAgeEstimate: input.childAgeEstimate ?? null,
            status: ReportStatus.RECEIVED,
            reporterAnonymous: reporter.anonymous,
            receivedBy: who.actor.userId,
          }),
        );
        // An anonymous report stores no identity at all: no row, whatever the client sent.
        if (!reporter.anonymous) {
          await tx.query(`INSERT INTO abuse_reporter (report_id, full_name, phone, address, relationship) VALUES ($1, $2, $3, $4, $5)`, [
            saved.id,
            reporter.fullName?.trim() || null,
            reporter.phone?.trim() || null,
            reporter.address?.trim() || null,
            reporter.relationship?.trim() || null,
          ]);
        }
        await deadlineService.open(tx, {
          kind: DeadlineKind.INITIAL_ASSESSMENT,
          start: receivedAt,
          unitPath: commune.path,
          abuseReportId: saved.id,
        });
        await auditService.record(tx, who, {
          action: AuditAction.ABUSE_REPORT_SUBMITTED,
          entityType: 'AbuseReport',
          entityId: saved.id,
          data: { channel: input.channel, anonymous: reporter.anonymous },
        });
        return saved.id;
      },
      abuseReportService.justWritten,
    ),

  // Art. 26(1): to the commune where it happened, at once. Open deadlines move with it.
  transfer: async (who: Who, { id, communeId, expectedVersion }: TransferAbuseReportArgs): Promise<AbuseReportEntity> => {
    await db().transaction(async (tx) => {
      const report = await lockForUpdate(tx, who.actor, id, expectedVersion);
      if (!OPEN_STATUSES.includes(report.status)) throw new AppError(AppErrorCode.BAD_USER_INPUT, 'report.closed');
      const target = await communeFor(tx, null, communeId);
      if (target.id === report.communeId) throw AppError.field('communeId', 'report.sameCommune');
      await bump(tx, report, { communeId: target.id, status: ReportStatus.TRANSFERRED });
      await deadlineService.moveReport(tx, id, target.path);
      await auditService.record(tx, who, {
        action: AuditAction.ABUSE_REPORT_TRANSFERRED,
        entityType: 'AbuseReport',
        entityId: id,
        data: { fromCommuneId: report.communeId, toCommuneId: target.id },
      });
    });
    return abuseReportService.justWritten(id);
  },

  link: async (who: Who, { id, childId, expectedVersion }: LinkAbuseReportArgs): Promise<AbuseReportEntity> => {
    await db().transaction(async (tx) => {
      const report = await lockForUpdate(tx, who.actor, id, expectedVersion);
      await childService.get(who.actor, childId);
      await bump(tx, report, { childId });
      await auditService.record(tx, who, {
        action: AuditAction.ABUSE_REPORT_LINKED,
        entityType: 'AbuseReport',
        entityId: id,
        data: { childId },
      });
    });
    return abuseReportService.get(who.actor, id);
  },

  close: async (who: Who, { id, reason, expectedVersion }: CloseAbuseReportArgs): Promise<AbuseReportEntity> => {
    if (!reason.trim()) throw AppError.field('reason', 'validation.required');
    await db().transaction(async (tx) => {
      const report = await lockForUpdate(tx, who.actor, id, expectedVersion);
      if (!OPEN_STATUSES.includes(report.status)) throw new AppError(AppErrorCode.BAD_USER_INPUT, 'report.closed');
      await bump(tx, report, { status: ReportStatus.NO_FURTHER_ACTION, closureReason: reason.trim(), closedAt: new Date() });
      await deadlineService.meet(tx, { abuseReportIds: [id] }, [DeadlineKind.INITIAL_ASSESSMENT]);
      await auditService.record(tx, who, { action: AuditAction.ABUSE_REPORT_CLOSED, entityType: 'AbuseReport', entityId: id });
    });
    return abuseReportService.get(who.actor, id);
  },

  // The cases module opens a case from a report, in its own transaction: the report, locked,
  // in the actor's scope, not closed and without a case yet.
  lockForCase: async (tx: EntityManager, actor: Actor, id: string): Promise<AbuseReportEntity> => {
    const report = await scopedReports(tx, actor).andWhere('r.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!report) throw AppError.notFound();
    if (report.caseId) throw AppError.field('abuseReportId', 'report.hasCase');
    if (report.status === ReportStatus.NO_FURTHER_ACTION) throw AppError.field('abuseReportId', 'report.closed');
    return report;
  },

  // …and links the case (and its child) to the report.
  attachCase: async (tx: EntityManager, report: AbuseReportEntity, caseId: string, childId: string): Promise<void> => {
    await bump(tx, report, { caseId, childId: report.childId ?? childId, status: ReportStatus.CASE_OPENED });
  },

  // The initial assessment of a case assesses the reports it came from.
  markAssessed: async (tx: EntityManager, caseId: string): Promise<void> => {
    await tx.query(`UPDATE abuse_report SET status = $2 WHERE case_id = $1 AND status = $3`, [
      caseId,
      ReportStatus.ASSESSED,
      ReportStatus.RECEIVED,
    ]);
  },

  idsOfCase: async (tx: EntityManager, caseId: string): Promise<string[]> =>
    (await tx.query<{ id: string }[]>(`SELECT id FROM abuse_report WHERE case_id = $1`, [caseId])).map((r) => r.id),

  // A merged duplicate's reports are the kept child's from now on. Returns the ids moved.
  moveChild: async (tx: EntityManager, fromChildId: string, toChildId: string): Promise<string[]> => {
    const [rows] = await tx.query<[{ id: string }[], number]>(
      `UPDATE abuse_report SET child_id = $1, version = version + 1, updated_at = now() WHERE child_id = $2 RETURNING id`,
      [toChildId, fromChildId],
    );
    return rows.map((r) => r.id);
  },

  list: async ({ actor, filter, first, after, withCount }: ListQuery<AbuseReportFilter>): Promise<ConnectionShape<AbuseReportEntity>> => {
    const size = pageSize(first);
    const qb = scopedReports(db().manager, actor);
    if (filter.unitId) qb.andWhere(`r.unit_path LIKE (SELECT path FROM admin_unit WHERE id = :unitId) || '%'`, { unitId: filter.unitId });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.abuseForm) qb.andWhere(':form = ANY(r.abuse_forms)', { form: filter.abuseForm });
    if (filter.receivedFrom) qb.andWhere('r.received_at >= :from', { from: filter.receivedFrom });
    if (filter.receivedTo) qb.andWhere('r.received_at < :to', { to: filter.receivedTo });
    if (filter.overdue != null) {
      qb.andWhere(
        `${filter.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM deadline d WHERE d.abuse_report_id = r.id AND d.met_at IS NULL AND d.cancelled_at IS NULL AND d.due_at < now())`,
      );
    }
    const totalCount = withCount ? await qb.clone().getCount() : 0;
    if (after) {
      const { key, id } = decodeKeysetCursor(after, 'timestamptz');
      qb.andWhere('(r.received_at, r.id) < (CAST(:k AS timestamptz), CAST(:i AS uuid))', { k: key, i: id });
    }
    const rows = await qb
      .orderBy('r.received_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, (r) => encodeCursor([r.receivedAt.toISOString(), r.id]), totalCount);
  },
};
