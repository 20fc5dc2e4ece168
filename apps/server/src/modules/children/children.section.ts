import { enumLabel, Sex } from '@cp/schema';
import { oneRow, type SectionDefinition } from '../periodic-reports/report-section';

// Children living in the unit at the end of the period, by sex and age band (age on that day).
// "Trẻ em" is under 16 (Law on Children art. 1); 16- and 17-year-olds are counted apart.
const BANDS = [
  ['0-5', 0, 6],
  ['6-10', 6, 11],
  ['11-15', 11, 16],
] as const;

export const childrenSection: SectionDefinition = {
  key: 'children',
  order: 10,
  labels: ({ t, locale }) => [
    t('report.children.total'),
    ...[Sex.MALE, Sex.FEMALE, Sex.UNKNOWN].map((s) => enumLabel('Sex', s, locale)),
    ...BANDS.map(([band]) => t(`report.children.age.${band}`)),
    t('report.children.age.16-17'),
  ],
  values: (input) =>
    oneRow(
      input,
      `SELECT count(*) FILTER (WHERE c.date_of_birth > e - interval '16 years') AS total,
              count(*) FILTER (WHERE c.date_of_birth > e - interval '16 years' AND c.sex = 'MALE') AS male,
              count(*) FILTER (WHERE c.date_of_birth > e - interval '16 years' AND c.sex = 'FEMALE') AS female,
              count(*) FILTER (WHERE c.date_of_birth > e - interval '16 years' AND c.sex = 'UNKNOWN') AS unknown,
              ${BANDS.map(([band, from, to]) => `count(*) FILTER (WHERE c.date_of_birth > e - interval '${to} years' AND c.date_of_birth <= e - interval '${from} years') AS "${band}"`).join(',\n              ')},
              count(*) FILTER (WHERE c.date_of_birth <= e - interval '16 years') AS "16-17"
         FROM child c, (SELECT $2::date AS e) p
        WHERE c.unit_path LIKE $1 AND c.date_of_birth <= p.e AND c.date_of_birth > p.e - interval '18 years'`,
      [`${input.unitPath}%`, input.period.endsOn],
      ['total', 'male', 'female', 'unknown', ...BANDS.map(([band]) => band), '16-17'],
    ),
};
