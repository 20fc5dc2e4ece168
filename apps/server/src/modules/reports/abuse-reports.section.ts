import { AbuseForm, enumLabel, ReportChannel } from '@cp/schema';
import type { SectionDefinition } from '../periodic-reports/report-section';

const FORMS = Object.values(AbuseForm);
const CHANNELS = Object.values(ReportChannel);

// Abuse reports received during the period, by form of abuse and by channel.
export const abuseReportsSection: SectionDefinition = {
  key: 'abuseReports',
  order: 30,
  labels: ({ t, locale }) => [
    t('report.abuseReports.total'),
    ...FORMS.map((f) => `${t('report.abuseReports.form')}: ${enumLabel('AbuseForm', f, locale)}`),
    ...CHANNELS.map((c) => `${t('report.abuseReports.channel')}: ${enumLabel('ReportChannel', c, locale)}`),
  ],
  values: async ({ manager, unitPath, period }) => {
    const [row] = await manager.query<Record<string, number>[]>(
      `SELECT count(*)::int AS total,
              ${FORMS.map((f) => `count(*) FILTER (WHERE '${f}' = ANY(r.abuse_forms))::int AS "form_${f}"`).join(', ')},
              ${CHANNELS.map((c) => `count(*) FILTER (WHERE r.channel = '${c}')::int AS "channel_${c}"`).join(', ')}
         FROM abuse_report r
        WHERE r.unit_path LIKE $1 AND (r.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2 AND $3`,
      [`${unitPath}%`, period.startsOn, period.endsOn],
    );
    return [[row?.total ?? 0], ...FORMS.map((f) => [row?.[`form_${f}`] ?? 0]), ...CHANNELS.map((c) => [row?.[`channel_${c}`] ?? 0])];
  },
};
