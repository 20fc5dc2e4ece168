import type { SectionPlaceholder } from './report-section';

// Sections of the 30/4 and 31/10 report whose records no module keeps yet. Children's injuries
// and accidents (drowning, traffic, other; injured and died) are part of the report; the module
// that records them (issue 15) contributes a section with key 'injuries' and this placeholder
// then gives way. Until then nothing here reads a table: the section shows "không có dữ liệu".
export const REPORT_PLACEHOLDERS: readonly SectionPlaceholder[] = [
  {
    key: 'injuries',
    order: 60,
    columns: ({ t }) => [t('report.column.injured'), t('report.column.died')],
    labels: ({ t }) => [t('report.injuries.DROWNING'), t('report.injuries.TRAFFIC'), t('report.injuries.OTHER')],
  },
];
