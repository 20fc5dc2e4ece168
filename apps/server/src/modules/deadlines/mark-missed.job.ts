import { AdminLevel, Role, enumLabel } from '@cp/schema';
import { db } from '../../common/db';
import type { JobDefinition } from '../../common/module';
import { notificationService } from '../notifications/notification.service';

type Missed = {
  id: string;
  kind: string;
  unit_path: string;
  responsible_role: string;
  responsible_user_id: string | null;
  code: string;
  case_id: string | null;
  report_id: string | null;
};

// Marks deadlines whose moment has passed, once, and tells the responsible person and the
// commune chair (in-app). Runs in one transaction: a crash leaves nothing half-notified.
export const markMissedDeadlines = async (now: Date = new Date()): Promise<number> =>
  db().transaction(async (tx) => {
    // UPDATE ... RETURNING comes back from TypeORM as [rows, affected]
    const [missed] = await tx.query<[Missed[], number]>(
      `UPDATE deadline d SET missed_at = $1
        WHERE d.met_at IS NULL AND d.cancelled_at IS NULL AND d.missed_at IS NULL AND d.due_at < $1
       RETURNING d.id, d.kind, d.unit_path, d.responsible_role, d.responsible_user_id, d.case_id, d.abuse_report_id AS report_id,
         coalesce((SELECT code FROM protection_case WHERE id = d.case_id), (SELECT code FROM abuse_report WHERE id = d.abuse_report_id)) AS code`,
      [now],
    );
    for (const d of missed) {
      // Users whose jurisdiction contains the record: the responsible role (unless a person is
      // assigned) and the commune chair.
      const users: { id: string }[] = await tx.query(
        `SELECT u.id FROM app_user u JOIN admin_unit j ON j.id = u.jurisdiction_id
          WHERE $1 LIKE j.path || '%' AND j.level IN ($2, $3) AND u.active
            AND ((u.role = $4 AND $5::uuid IS NULL) OR u.role = $6 OR u.id = $5::uuid)`,
        [d.unit_path, AdminLevel.COMMUNE, AdminLevel.VILLAGE, d.responsible_role, d.responsible_user_id, Role.COMMUNE_CHAIR],
      );
      await notificationService.notify(
        tx,
        users.map((u) => u.id),
        {
          kind: 'DEADLINE_MISSED',
          messageKey: 'notification.deadlineMissed',
          // the label in both languages: the reader's language is chosen when the notification is read
          params: { kindVi: enumLabel('DeadlineKind', d.kind, 'vi'), kindEn: enumLabel('DeadlineKind', d.kind, 'en'), code: d.code },
          entityType: d.case_id ? 'ProtectionCase' : 'AbuseReport',
          entityId: d.case_id ?? d.report_id ?? undefined,
          dedupeKey: `deadline-missed:${d.id}`,
        },
      );
    }
    return missed.length;
  });

export const MARK_MISSED_DEADLINES_JOB: JobDefinition = {
  name: 'mark-missed-deadlines',
  cron: '*/5 * * * *',
  run: async () => {
    await markMissedDeadlines();
  },
};
