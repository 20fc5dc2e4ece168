import i18next, { type i18n } from 'i18next';
import { DEFAULT_LOCALE, SERVER_MESSAGES, type Locale } from '@cp/schema';
import type { MessageRef } from './app-error';

const instance: i18n = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: DEFAULT_LOCALE,
  fallbackLng: 'vi',
  resources: {
    vi: { translation: SERVER_MESSAGES.vi },
    en: { translation: SERVER_MESSAGES.en },
  },
  interpolation: { escapeValue: false },
  keySeparator: false,
});

export const toLocale = (value: string | undefined | null): Locale => (value === 'en' ? 'en' : 'vi');

// Picks the caller's language from Accept-Language when nobody is signed in.
export const localeFromHeader = (header: string | undefined): Locale => {
  const first = header?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
};

export const translate = (locale: Locale, ref: MessageRef): string => instance.t(ref.key, { lng: locale, ...(ref.values ?? {}) });
