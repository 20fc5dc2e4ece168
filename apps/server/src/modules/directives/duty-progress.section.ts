import type { SectionDefinition, SectionInput } from '../periodic-reports/report-section';

// The directive's duties of the agencies in the report's unit (a district: its offices and
// its communes' People's Committees; a commune: its own), with the period's submitted updates.
const rowsOf = async ({ manager, unitPath, period, directiveId }: SectionInput) =>
  directiveId
    ? await manager.query<{ name: string; duties: number; updated: number; done: number; late: number }[]>(
        `SELECT a.name, count(*)::int AS duties, count(u.id)::int AS updated,
                count(u.id) FILTER (WHERE u.status = 'DONE')::int AS done, count(u.id) FILTER (WHERE u.late)::int AS late
           FROM agency_duty d JOIN agency a ON a.id = d.agency_id
           LEFT JOIN duty_update u ON u.duty_id = d.id AND u.period_code = $3 AND u.state = 'SUBMITTED'
          WHERE d.directive_id = $1 AND d.unit_path LIKE $2
          GROUP BY a.id, a.name, a.kind, a.code
          ORDER BY (a.kind = 'PEOPLES_COMMITTEE'), a.code`,
        [directiveId, `${unitPath}%`, period.code],
      )
    : [];

// Its lines are the agencies, read with their counts.
export const dutyProgressSection: SectionDefinition = {
  key: 'dutyProgress',
  order: 70,
  columns: ({ t }) => ['duties', 'updated', 'done', 'late', 'missing'].map((c) => t(`report.column.${c}`)),
  lines: async (input) =>
    (await rowsOf(input)).map((r) => ({ label: r.name, values: [r.duties, r.updated, r.done, r.late, r.duties - r.updated] })),
};
