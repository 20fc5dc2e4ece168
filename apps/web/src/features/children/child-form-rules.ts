import type { FormValidateInput } from '@mantine/form';
import type { TFunction } from 'i18next';
import { todayInVietnam } from '../../i18n/format';
import type { ChildFormValues } from './child-form-values';

const PERSONAL_ID = /^\d{12}$/;
const PHONE = /^\+?[\d\s.-]{8,15}$/;

// Checks the browser can make at once; the server checks again and has the last word
// (jurisdiction, the 16-year limit, duplicates of a personal ID).
export const childFormRules = (t: TFunction, mode: 'create' | 'edit'): FormValidateInput<ChildFormValues> => ({
  fullName: (value) => (value.trim() ? null : t('validation.required')),
  dateOfBirth: (value) => {
    if (!value) return t('validation.required');
    return value > todayInVietnam() ? t('validation.dateInFuture') : null;
  },
  sex: (value) => (value ? null : t('validation.required')),
  personalId: (value) => (!value.trim() || PERSONAL_ID.test(value.trim()) ? null : t('validation.personalId')),
  communeId: (value) => (mode === 'edit' || value ? null : t('validation.required')),
  caregivers: {
    fullName: (value) => (value.trim() ? null : t('validation.required')),
    relationship: (value) => (value.trim() ? null : t('validation.required')),
    birthYear: (value) => {
      const text = value.trim();
      if (!text) return null;
      const year = Number(text);
      const valid = /^\d{4}$/.test(text) && year >= 1900 && year <= Number(todayInVietnam().slice(0, 4));
      return valid ? null : t('validation.birthYear');
    },
    phone: (value) => (!value.trim() || PHONE.test(value.trim()) ? null : t('validation.phone')),
  },
});
