import type { EntityManager } from 'typeorm';
import { DeadlineKind, Role } from '@cp/schema';
import { SEED_HOLIDAYS } from './holidays.data';

// Domain brief 10.4: the clocks of Decree 56, as rows an administrator can change.
export const SEED_RULES: [DeadlineKind, string, string, number, Role, number, string][] = [
  [DeadlineKind.INITIAL_ASSESSMENT, 'REPORT_RECEIVED', 'HOURS', 12, Role.COMMUNE_OFFICER, 4, 'NĐ 56/2017 điều 26(2)-(3)'],
  [
    DeadlineKind.EMERGENCY_ACTION,
    'REPORT_RECEIVED',
    'HOURS',
    12,
    Role.COMMUNE_CHAIR,
    4,
    'NĐ 56/2017 điều 26(3), 32: khi đánh giá ban đầu thấy nguy hiểm nghiêm trọng',
  ],
  [DeadlineKind.PLAN_SUBMISSION, 'REPORT_RECEIVED', 'WORKING_DAYS', 5, Role.COMMUNE_OFFICER, 24, 'NĐ 56/2017 điều 28(1)'],
  [
    DeadlineKind.PLAN_APPROVAL,
    'PLAN_SUBMITTED',
    'WORKING_DAYS',
    2,
    Role.COMMUNE_CHAIR,
    24,
    'NĐ 56/2017 điều 28(2); tổng 7 ngày làm việc (thủ tục 2.001947)',
  ],
  [DeadlineKind.SEPARATION_END, 'SEPARATION_STARTED', 'CALENDAR_DAYS', 15, Role.COMMUNE_CHAIR, 48, 'NĐ 56/2017 điều 32: tối đa 15 ngày'],
  [DeadlineKind.REVIEW, 'PLAN_APPROVED', 'CALENDAR_DAYS', 90, Role.COMMUNE_OFFICER, 168, 'NĐ 56/2017 điều 30 (mặc định của hệ thống)'],
];

export const seedDeadlineReference = async (tx: EntityManager): Promise<void> => {
  for (const [kind, startEvent, clock, amount, role, dueSoon, basis] of SEED_RULES) {
    await tx.query(
      `INSERT INTO deadline_rule (kind, start_event, clock, amount, responsible_role, due_soon_hours, legal_basis)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (kind) DO NOTHING`,
      [kind, startEvent, clock, amount, role, dueSoon, basis],
    );
  }
  for (const h of SEED_HOLIDAYS) {
    await tx.query(`INSERT INTO public_holiday (day, name, kind, source) VALUES ($1, $2, $3, $4) ON CONFLICT (day) DO NOTHING`, [
      h.day,
      h.name,
      h.kind,
      h.source,
    ]);
  }
};
