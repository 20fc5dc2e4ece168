import 'i18next';
import type { Translations } from './vi';

// Typed keys: t('children.search') is checked against vi.ts at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translations };
  }
}
