import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '@cp/schema';
import { en } from './en';
import { vi } from './vi';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

const STORAGE_KEY = 'cp.locale';

export const isLocale = (value: unknown): value is Locale => value === 'vi' || value === 'en';

// Before sign-in the only memory of the user's choice is this browser; after sign-in me.locale wins.
export const storedLocale = (): Locale => {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
};

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['vi', 'en'],
  // Resources are bundled, so initialise synchronously: the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false },
});

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE);

export const applyLocale = async (locale: Locale): Promise<void> => {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or a full quota: the choice still applies to this tab.
  }
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
};
