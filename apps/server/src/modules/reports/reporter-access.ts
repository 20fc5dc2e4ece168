// SECURITY-CRITICAL: who may read a reporter's identity (whistle-blower protection).
// Those holding REPORTER_VIEW in the role matrix, for reports in their jurisdiction (the commune
// officers and chair of the report's commune, the lead office over it) or, for a role whose
// scope is the cases referred to it (the police), once the report's case is referred to them in
// their area. Everyone else reads null. Through GraphQL the reporter is served only on the
// single-record fields (never in a list, a case or a child), and each non-null read is audited
// by the restricted-field mechanism (audit/restricted.ts), which fails the read if the audit row
// cannot be written.
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { AuditAction, Permission } from '@cp/schema';
import type { Actor } from '../../common/actor';
import { db } from '../../common/db';
import type { RestrictedPolicy } from '../audit/restricted';
import { pathInScope } from '../auth/access-scope';
import type { AbuseReportEntity } from './abuse-report.entity';
import type { Reporter } from './reporter.type';

// Root fields that return one report. A report reached through a list, a case or a child never
// shows its reporter.
const SINGLE_RECORD_ROOTS = new Set(['abuseReport', 'submitAbuseReport', 'transferAbuseReport', 'linkAbuseReport', 'closeAbuseReport']);

export const isSingleRecordRead = (info: GraphQLResolveInfo): boolean => {
  let path = info.path;
  while (path.prev) path = path.prev;
  // path keys are response keys (aliases): find the root field by its alias to get its real name
  const root = info.operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === path.key);
  // A direct child of the root field, not a nested list entry (path: root -> reporter)
  return root?.kind === Kind.FIELD && SINGLE_RECORD_ROOTS.has(root.name.value) && info.path.prev?.prev === undefined;
};

const inReach = async (actor: Actor, report: AbuseReportEntity): Promise<boolean> => {
  if (actor.recordScope === 'JURISDICTION') return pathInScope(actor, report.unitPath);
  if (actor.recordScope === 'REFERRED' && report.caseId) {
    const rows: unknown[] = await db().query(
      `SELECT 1 FROM protection_case WHERE id = $1 AND referred_to_police
         AND EXISTS (SELECT 1 FROM unnest($2::text[]) p WHERE unit_path LIKE p || '%')`,
      [report.caseId, actor.scopePaths],
    );
    return rows.length > 0;
  }
  return false;
};

export const REPORTER_POLICY: RestrictedPolicy<AbuseReportEntity> = {
  permission: Permission.REPORTER_VIEW,
  audit: AuditAction.REPORTER_VIEWED,
  entityType: 'AbuseReport',
  allows: async (actor, report, { info }) => (!info || isSingleRecordRead(info)) && inReach(actor, report),
};

// The identity as stored; an anonymous report stores none. Read only through REPORTER_POLICY.
export const loadReporter = async (report: AbuseReportEntity): Promise<Reporter> => {
  if (report.reporterAnonymous) return { anonymous: true, fullName: null, phone: null, address: null, relationship: null };
  const rows: { full_name: string | null; phone: string | null; address: string | null; relationship: string | null }[] = await db().query(
    `SELECT full_name, phone, address, relationship FROM abuse_reporter WHERE report_id = $1`,
    [report.id],
  );
  const r = rows[0];
  return {
    anonymous: false,
    fullName: r?.full_name ?? null,
    phone: r?.phone ?? null,
    address: r?.address ?? null,
    relationship: r?.relationship ?? null,
  };
};
