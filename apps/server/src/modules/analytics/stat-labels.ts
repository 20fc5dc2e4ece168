import { ETHNIC_GROUPS, StatDimension as D, enumLabel, type Locale } from '@cp/schema';
import { translate } from '../../common/i18n';
import { formatDate } from './stat-dates';

export type UnitInfo = { code: string; name: string; validTo: string | null };

const ETHNICITY_EN = new Map(ETHNIC_GROUPS.map((g) => [g.vi, g.en]));

// The code and label a cell key is shown with, in the caller's language. Unit keys arrive as ids
// and leave as official codes with names (with the end of validity for units of before a reform).
export const keyLabel = (
  dimension: D,
  raw: string | null,
  locale: Locale,
  units: ReadonlyMap<string, UnitInfo>,
): { code: string; label: string } => {
  const none = translate(locale, { key: 'stats.none' });
  if (raw === null || raw === '') return { code: '', label: none };
  switch (dimension) {
    case D.PROVINCE:
    case D.DISTRICT:
    case D.COMMUNE: {
      const unit = units.get(raw);
      if (!unit) return { code: '', label: none };
      const until = unit.validTo ? (locale === 'vi' ? ` (đến ${formatDate(unit.validTo)})` : ` (until ${formatDate(unit.validTo)})`) : '';
      return { code: unit.code, label: `${unit.name}${until}` };
    }
    case D.SEX:
      return { code: raw, label: enumLabel('Sex', raw, locale) };
    case D.CIRCUMSTANCE:
      return { code: raw, label: enumLabel('SpecialCircumstance', raw, locale) };
    case D.AGE_BAND:
      return { code: raw, label: enumLabel('AgeBand', raw, locale) };
    case D.ETHNICITY:
      return { code: raw, label: locale === 'en' ? (ETHNICITY_EN.get(raw) ?? raw) : raw };
    case D.QUARTER: {
      const [year, q] = raw.split('-Q');
      return { code: raw, label: translate(locale, { key: 'stats.quarter', values: { year: year!, quarter: q! } }) };
    }
    case D.MONTH:
      return { code: raw, label: `${raw.slice(5, 7)}/${raw.slice(0, 4)}` };
    case D.ABUSE_FORM:
      return { code: raw, label: enumLabel('AbuseForm', raw, locale) };
    case D.REPORT_CHANNEL:
      return { code: raw, label: enumLabel('ReportChannel', raw, locale) };
    case D.CASE_STATUS:
      return { code: raw, label: enumLabel('CaseStatus', raw, locale) };
    case D.PROTECTION_LEVEL:
      return { code: raw, label: enumLabel('ProtectionLevel', raw, locale) };
    case D.DEADLINE_KIND:
      return { code: raw, label: enumLabel('DeadlineKind', raw, locale) };
    case D.YEAR:
      return { code: raw, label: raw };
  }
};
