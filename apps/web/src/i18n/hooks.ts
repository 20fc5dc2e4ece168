import { enumLabel, type Locale } from '@cp/schema';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageName } from '../ui/LanguageSwitch';
import { isLocale } from './i18n';

/** The active UI language; re-renders the caller when it changes. */
export const useLocale = (): Locale => {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'vi';
};

/** Label of an enum value from @cp/schema in the active language, e.g. ('Sex', 'FEMALE') → 'Nữ'. */
export const useEnumLabel = () => {
  const locale = useLocale();
  return useCallback((enumName: string, value: string) => enumLabel(enumName, value, locale), [locale]);
};

export const useLanguageNames = (): Record<Locale, LanguageName> => {
  const { t } = useTranslation();
  return {
    vi: { short: t('language.viShort'), long: t('language.vi') },
    en: { short: t('language.enShort'), long: t('language.en') },
  };
};
