import { oneRow, type SectionDefinition } from './section';

// Children's injuries and deaths by cause (drowning, traffic, other), where a module records
// them (child_injury: cause DROWNING | TRAFFIC | OTHER, occurred_on, fatal, unit_path). No
// module records them yet: "không có dữ liệu".
export const injuriesSection: SectionDefinition = {
  key: 'injuries',
  requires: { child_injury: ['cause', 'occurred_on', 'fatal', 'unit_path'] },
  columns: ({ t }) => [t('report.column.injured'), t('report.column.died')],
  labels: ({ t }) => [t('report.injuries.DROWNING'), t('report.injuries.TRAFFIC'), t('report.injuries.OTHER')],
  values: async (input) => {
    const rows = await oneRow(
      input,
      `SELECT ${['DROWNING', 'TRAFFIC', 'OTHER'].map((c) => `count(*) FILTER (WHERE cause = '${c}') AS "${c}", count(*) FILTER (WHERE cause = '${c}' AND fatal) AS "${c}_fatal"`).join(', ')}
         FROM child_injury WHERE unit_path LIKE $1 AND occurred_on BETWEEN $2 AND $3`,
      [`${input.unitPath}%`, input.period.startsOn, input.period.endsOn],
      ['DROWNING', 'DROWNING_fatal', 'TRAFFIC', 'TRAFFIC_fatal', 'OTHER', 'OTHER_fatal'],
    );
    return [0, 2, 4].map((i) => [rows[i]![0]!, rows[i + 1]![0]!]);
  },
};
