// SECURITY-CRITICAL: who may read a reporter's identity (whistle-blower protection).
// The commune officers and chair of the report's commune, the lead office over it, and the
// police once the report's case is referred to them. Everyone else reads null. Reads are only
// served on single-record fields (never in a list), and each non-null read is audited by the
// AuditRead middleware on the field, which fails the read if the audit row cannot be written.
import type { GraphQLResolveInfo } from 'graphql';
import { Permission, Role } from '@cp/schema';
import { db } from '../../db/data-source';
import { pathInScope } from '../auth/access-scope';
import type { Actor } from '../auth/actor';
import type { AbuseReportEntity } from './abuse-report.entity';
import type { Reporter } from './reporter.type';

// Root fields that return one report. A report reached through a list, a case or a child never
// shows its reporter.
const SINGLE_RECORD_ROOTS = new Set(['abuseReport', 'submitAbuseReport', 'transferAbuseReport', 'linkAbuseReport', 'closeAbuseReport']);

export const isSingleRecordRead = (info: GraphQLResolveInfo): boolean => {
  let path = info.path;
  while (path.prev) path = path.prev;
  // path keys are response keys (aliases): find the root field by its alias to get its real name
  const root = info.operation.selectionSet.selections.find(
    (s) => s.kind === 'Field' && (s.alias?.value ?? s.name.value) === path.key,
  );
  // A direct child of the root field, not a nested list entry (path: root -> reporter)
  return root?.kind === 'Field' && SINGLE_RECORD_ROOTS.has(root.name.value) && info.path.prev?.prev === undefined;
};

const mayReadReporter = async (actor: Actor, report: AbuseReportEntity): Promise<boolean> => {
  if (!actor.permissions.has(Permission.REPORTER_VIEW)) return false;
  if ([Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.LEAD_OFFICER].includes(actor.role)) return pathInScope(actor, report.unitPath);
  if (actor.role === Role.POLICE_OFFICER && report.caseId) {
    const rows: unknown[] = await db().query(
      `SELECT 1 FROM protection_case WHERE id = $1 AND referred_to_police
         AND EXISTS (SELECT 1 FROM unnest($2::text[]) p WHERE unit_path LIKE p || '%')`,
      [report.caseId, actor.scopePaths],
    );
    return rows.length > 0;
  }
  return false;
};

export const readReporter = async (actor: Actor | null, report: AbuseReportEntity, info: GraphQLResolveInfo): Promise<Reporter | null> =>
  actor && isSingleRecordRead(info) ? reporterFor(actor, report) : null;

// The caller audits a non-null result (the field middleware, or the printed form's audit row).
export const reporterFor = async (actor: Actor, report: AbuseReportEntity): Promise<Reporter | null> => {
  if (!(await mayReadReporter(actor, report))) return null;
  if (report.reporterAnonymous) return { anonymous: true, fullName: null, phone: null, address: null, relationship: null };
  const rows: { full_name: string | null; phone: string | null; address: string | null; relationship: string | null }[] = await db().query(
    `SELECT full_name, phone, address, relationship FROM abuse_reporter WHERE report_id = $1`,
    [report.id],
  );
  const r = rows[0];
  return { anonymous: false, fullName: r?.full_name ?? null, phone: r?.phone ?? null, address: r?.address ?? null, relationship: r?.relationship ?? null };
};
