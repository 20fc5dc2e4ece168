import { Permission, ROLE_PERMISSIONS, Role } from '@cp/schema';
import { todayInVietnam } from '../../common/dates';
import { db } from '../../common/db';
import type { JobDefinition } from '../../common/module';
import { notificationService } from '../notifications/notification.service';
import { dmy, daysUntil, periodLabel, periodsOf } from './reporting-period';

export const REMINDER_DAYS = [7, 1];

const WRITERS = Object.values(Role).filter((r) => ROLE_PERMISSIONS[r].includes(Permission.DUTY_UPDATE_DRAFT));

// 7 days and 1 day before a due date, every person who writes for an agency that still has
// duties without a submitted update for that period gets one in-app reminder (deduplicated, so
// a second run on the same day, or in another process, sends nothing more).
export const runDutyReminders = async (today: string = todayInVietnam()): Promise<number> => {
  const directives: { id: string; issued_on: string; reporting_deadlines: string[] }[] = await db().query(
    `SELECT id, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, reporting_deadlines FROM directive`,
  );
  let sent = 0;
  for (const d of directives) {
    for (const period of periodsOf(d.reporting_deadlines, Number(d.issued_on.slice(0, 4)))) {
      const days = daysUntil(today, period.dueOn);
      if (!REMINDER_DAYS.includes(days)) continue;
      const agencies: { agency_id: string; missing: number }[] = await db().query(
        `SELECT ad.agency_id, count(*)::int AS missing
           FROM agency_duty ad
           LEFT JOIN duty_update u ON u.duty_id = ad.id AND u.period_code = $2 AND u.state = 'SUBMITTED'
          WHERE ad.directive_id = $1 AND u.id IS NULL
          GROUP BY ad.agency_id`,
        [d.id, period.code],
      );
      if (!agencies.length) continue;
      const users: { id: string; agency_id: string }[] = await db().query(
        `SELECT id, agency_id FROM app_user WHERE active AND agency_id = ANY($1) AND role = ANY($2)`,
        [agencies.map((a) => a.agency_id), WRITERS],
      );
      await db().transaction(async (tx) => {
        for (const a of agencies) {
          sent += await notificationService.notify(
            tx,
            users.filter((u) => u.agency_id === a.agency_id).map((u) => u.id),
            {
              kind: 'DUTY_REMINDER',
              messageKey: 'notification.dutyReminder',
              params: { days, period: periodLabel(period, 'vi'), due: dmy(period.dueOn), missing: a.missing },
              entityType: 'Directive',
              entityId: d.id,
              dedupeKey: `duty-reminder:${d.id}:${period.code}:${days}`,
            },
          );
        }
      });
    }
  }
  return sent;
};

export const dutyReminderJob: JobDefinition = {
  name: 'duty-reminders',
  cron: '0 7 * * *', // every morning at 07:00, Vietnam time
  run: async () => {
    await runDutyReminders();
  },
};
