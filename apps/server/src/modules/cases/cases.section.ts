import { oneRow, type SectionDefinition } from '../periodic-reports/report-section';

// Protection cases opened and closed during the period, and in progress at its end.
export const casesSection: SectionDefinition = {
  key: 'cases',
  order: 40,
  labels: ({ t }) => [t('report.cases.opened'), t('report.cases.closed'), t('report.cases.inProgress')],
  values: (input) =>
    oneRow(
      input,
      `SELECT count(*) FILTER (WHERE (opened_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2 AND $3) AS opened,
              count(*) FILTER (WHERE (closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2 AND $3) AS closed,
              count(*) FILTER (WHERE (opened_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= $3
                                 AND (closed_at IS NULL OR (closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > $3)) AS in_progress
         FROM protection_case WHERE unit_path LIKE $1`,
      [`${input.unitPath}%`, input.period.startsOn, input.period.endsOn],
      ['opened', 'closed', 'in_progress'],
    ),
};
