import { ETHNICITY_NAMES, foldVietnamese } from '@cp/schema';
import type { FieldErrorRef } from '../../common/app-error';
import { ageInYears, isFutureDate, todayInVietnam } from '../../common/dates';

// Pure rules on a child's facts, with unit tests. Shape (lengths, formats) is checked by the
// input classes; these are the rules that need the calendar or reference data.
export const MAX_AGE_AT_REGISTRATION = 18;

export type ChildFacts = { dateOfBirth?: string | null; ethnicity?: string | null };

export const checkChildFacts = (facts: ChildFacts, today: string = todayInVietnam()): FieldErrorRef[] => {
  const errors: FieldErrorRef[] = [];
  if (facts.dateOfBirth) {
    if (isFutureDate(facts.dateOfBirth, today)) errors.push({ field: 'dateOfBirth', key: 'validation.dateInFuture' });
    else if (ageInYears(facts.dateOfBirth, today) >= MAX_AGE_AT_REGISTRATION) {
      errors.push({ field: 'dateOfBirth', key: 'validation.notAChild' });
    }
  }
  if (facts.ethnicity && !ETHNICITY_NAMES.has(facts.ethnicity)) errors.push({ field: 'ethnicity', key: 'validation.ethnicity' });
  return errors;
};

// Names are stored as typed (NFC, single spaces); search uses the folded form.
export const cleanName = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim();

export const searchTextOf = (fullName: string, code: string, personalId: string | null | undefined): string =>
  [foldVietnamese(fullName), code.toLowerCase(), personalId ?? ''].filter(Boolean).join(' ');

// Search terms: each folded word must appear somewhere (partial words match), in any order.
export const searchTerms = (search: string): string[] =>
  foldVietnamese(search)
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
    .map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

export const childCode = (communeCode: string, sequence: number): string => `TE-${communeCode}-${String(sequence).padStart(6, '0')}`;

// pg_trgm can only use its index for a LIKE pattern with at least one 3-letter run.
export const usesTrigramIndex = (search: string): boolean =>
  foldVietnamese(search)
    .split(' ')
    .some((term) => term.length >= 3);
