import { oneRow, type SectionDefinition } from '../periodic-reports/report-section';

// Case deadlines (Decree 56: 12 hours, 5 working days, ...) that fell due during the period:
// met (done by the due time) and missed (done late, or still open past due); deadlines of
// closed cases are cancelled and not counted.
export const deadlinesSection: SectionDefinition = {
  key: 'deadlines',
  order: 50,
  labels: ({ t }) => [t('report.deadlines.due'), t('report.deadlines.met'), t('report.deadlines.missed')],
  values: (input) =>
    oneRow(
      input,
      `SELECT count(*) AS due,
              count(*) FILTER (WHERE met_at IS NOT NULL AND met_at <= due_at) AS met,
              count(*) FILTER (WHERE met_at > due_at OR (met_at IS NULL AND due_at < now())) AS missed
         FROM deadline
        WHERE unit_path LIKE $1 AND cancelled_at IS NULL AND (due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2 AND $3`,
      [`${input.unitPath}%`, input.period.startsOn, input.period.endsOn],
      ['due', 'met', 'missed'],
    ),
};
