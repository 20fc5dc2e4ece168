import { Permission, StatDimension as D, StatMeasure } from '@cp/schema';
import { localDate, statMeasures, type MeasureSource } from '../analytics/stat-measures';

const deadlineMeasure = (where: string[]): MeasureSource => ({
  from: `deadline d LEFT JOIN protection_case pc ON pc.id = d.case_id
    LEFT JOIN abuse_report r ON r.id = d.abuse_report_id`,
  where: ['d.cancelled_at IS NULL', ...where],
  scopeColumn: 'd.unit_path',
  unitColumn: 'coalesce(pc.commune_id, r.commune_id)',
  dateColumn: localDate('d.due_at'),
  count: 'count(*)',
  additive: true,
  dimensions: { [D.DEADLINE_KIND]: 'd.kind' },
  filters: {},
  readPermission: Permission.CASE_READ,
});

// Deadlines of reports and cases (Decree 56 clocks) by their due date: met on time, or missed
// (met late, or still open past due). Deadlines of closed cases are cancelled and not counted.
export const deadlineMeasures = statMeasures({
  [StatMeasure.DEADLINES_MET]: deadlineMeasure(['d.met_at IS NOT NULL', 'd.met_at <= d.due_at']),
  [StatMeasure.DEADLINES_MISSED]: deadlineMeasure([
    '((d.met_at IS NOT NULL AND d.met_at > d.due_at) OR (d.met_at IS NULL AND d.due_at < now()))',
  ]),
});
