import { enumLabel, SpecialCircumstance } from '@cp/schema';
import type { SectionDefinition } from '../periodic-reports/report-section';

const GROUPS = Object.values(SpecialCircumstance);

// Children in special circumstances at the end of the period, by the 14 groups of the Law on
// Children art. 10 (a child may be in several groups; the total counts each child once), and
// how many of them were assisted: a protection case open during the period (cases module).
export const circumstancesSection: SectionDefinition = {
  key: 'circumstances',
  order: 20,
  columns: ({ t }) => [t('report.column.children'), t('report.column.assisted')],
  labels: ({ t, locale }) => [t('report.circumstances.total'), ...GROUPS.map((g) => enumLabel('SpecialCircumstance', g, locale))],
  values: async ({ manager, unitPath, period }) => {
    const assisted = `EXISTS (SELECT 1 FROM protection_case pc WHERE pc.child_id = c.id AND pc.opened_at::date <= $3 AND (pc.closed_at IS NULL OR pc.closed_at::date >= $2))`;
    const rows: { grp: string | null; children: number; assisted: number | null }[] = await manager.query(
      `WITH current AS (
         SELECT cc."group" AS grp, c.id, ${assisted} AS assisted
           FROM child_circumstance cc JOIN child c ON c.id = cc.child_id
          WHERE c.unit_path LIKE $1 AND $2::date <= $3::date AND cc.since <= $3 AND (cc.until IS NULL OR cc.until > $3))
       SELECT grp, count(DISTINCT id)::int AS children, count(DISTINCT id) FILTER (WHERE assisted)::int AS assisted
         FROM current GROUP BY GROUPING SETS ((grp), ())`,
      [`${unitPath}%`, period.startsOn, period.endsOn],
    );
    const of = (grp: string | null) => rows.find((r) => r.grp === grp);
    return [null, ...GROUPS].map((g) => {
      const row = of(g);
      return [row?.children ?? 0, row?.assisted ?? 0];
    });
  },
};
