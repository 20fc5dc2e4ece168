import { Permission, StatDimension as D, StatMeasure } from '@cp/schema';
import { localDate, statMeasures } from '../analytics/stat-measures';
import { ageBand } from '../analytics/stat-sql';

const REPORT_SEX = "coalesce(c.sex, r.child_sex, 'UNKNOWN')";

// The age a reporter estimated, in the same bands; 'UNKNOWN' when nobody said.
const estimatedAgeBand = (age: string): string => `CASE
  WHEN ${age} IS NULL THEN 'UNKNOWN'
  WHEN ${age} <= 2 THEN '0-2'
  WHEN ${age} <= 5 THEN '3-5'
  WHEN ${age} <= 10 THEN '6-10'
  WHEN ${age} <= 15 THEN '11-15'
  ELSE '16-17' END`;

export const abuseReportMeasures = statMeasures({
  // Abuse reports by the day they were received. The child's sex and age come from the linked
  // child when there is one, else from what the report says. A report of several forms of abuse
  // counts once in each form and once in the total. The reporter is never joined.
  [StatMeasure.ABUSE_REPORTS]: {
    from: `abuse_report r LEFT JOIN child c ON c.id = r.child_id
      LEFT JOIN LATERAL unnest(r.abuse_forms) AS af(form) ON true`,
    where: [],
    scopeColumn: 'r.unit_path',
    unitColumn: 'r.commune_id',
    dateColumn: localDate('r.received_at'),
    count: 'count(DISTINCT r.id)',
    additive: false,
    dimensions: {
      [D.SEX]: REPORT_SEX,
      [D.AGE_BAND]: `CASE WHEN c.date_of_birth IS NOT NULL THEN ${ageBand('c.date_of_birth')} ELSE ${estimatedAgeBand('r.child_age_estimate')} END`,
      [D.ABUSE_FORM]: "coalesce(af.form, 'OTHER')",
      [D.REPORT_CHANNEL]: 'r.channel',
    },
    filters: { sex: REPORT_SEX, abuseForm: 'af.form' },
    readPermission: Permission.REPORT_READ,
  },
});
