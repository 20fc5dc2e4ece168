import type { ChildFormValues } from './child-form-values';

const FIELDS = ['fullName', 'dateOfBirth', 'dobEstimated', 'sex', 'ethnicity', 'personalId', 'village', 'address', 'caregivers'] as const;
export type ChangedField = (typeof FIELDS)[number];

// Which fields differ between the record the user started editing from and the fresh one:
// what the other person changed (names match the childForm.* labels).
export const changedFieldNames = (before: ChildFormValues, after: ChildFormValues): ChangedField[] =>
  FIELDS.filter((field) => {
    if (field === 'village') return before.villageId !== after.villageId;
    return JSON.stringify(before[field]) !== JSON.stringify(after[field]);
  });
