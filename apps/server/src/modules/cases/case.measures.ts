import { Permission, StatDimension as D, StatMeasure } from '@cp/schema';
import { localDate, statMeasures, type MeasureSource } from '../analytics/stat-measures';
import { ageBand } from '../analytics/stat-sql';

const caseMeasure = (eventColumn: string, where: string[]): MeasureSource => ({
  from: 'protection_case pc JOIN child c ON c.id = pc.child_id',
  where,
  scopeColumn: 'pc.unit_path',
  unitColumn: 'pc.commune_id',
  dateColumn: localDate(eventColumn),
  count: 'count(*)',
  additive: true,
  dimensions: {
    [D.SEX]: 'c.sex',
    [D.AGE_BAND]: ageBand('c.date_of_birth'),
    [D.CASE_STATUS]: 'pc.status',
    [D.PROTECTION_LEVEL]: 'pc.level',
  },
  filters: { sex: 'c.sex' },
  readPermission: Permission.CASE_READ,
});

export const caseMeasures = statMeasures({
  // Protection cases by the day they were opened (Decree 56 process), with their current status.
  [StatMeasure.CASES_OPENED]: caseMeasure('pc.opened_at', []),
  // Cases closed, by the day they were closed; a reopened case is open again and not counted.
  [StatMeasure.CASES_CLOSED]: caseMeasure('pc.closed_at', ['pc.closed_at IS NOT NULL']),
});
