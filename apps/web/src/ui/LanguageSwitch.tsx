import { SegmentedControl } from '@mantine/core';
import type { Locale } from '@cp/schema';

export type LanguageName = { short: string; long: string };

export type LanguageSwitchProps = {
  value: Locale;
  onChange: (locale: Locale) => void;
  // Accessible name of the radio group ("Ngôn ngữ").
  label: string;
  names: Record<Locale, LanguageName>;
  disabled?: boolean;
};

export const LanguageSwitch = ({ value, onChange, label, names, disabled }: LanguageSwitchProps) => (
  <SegmentedControl
    size="xs"
    aria-label={label}
    value={value}
    disabled={disabled}
    onChange={(next) => onChange(next === 'en' ? 'en' : 'vi')}
    data={(['vi', 'en'] as const).map((locale) => ({
      value: locale,
      // Short codes keep the header usable at 360 px; screen readers get the language's full name.
      label: (
        <span aria-label={names[locale].long} title={names[locale].long} lang={locale}>
          {names[locale].short}
        </span>
      ),
    }))}
  />
);
