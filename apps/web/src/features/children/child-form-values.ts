import type {
  CaregiverInput,
  ChildDetails_ChildFragment,
  RegisterChildInput,
  Sex,
  UpdateChildInput,
} from '../../__generated__/graphql';

// Form state is what the inputs hold (strings, null for an empty select); the
// GraphQL inputs are built from it only on submit. Field names equal the input's
// property names, so the server's extensions.fields paths land on the right input.
export type CaregiverValues = { fullName: string; relationship: string; birthYear: string; phone: string };

export type ChildFormValues = {
  fullName: string;
  dateOfBirth: string | null; // YYYY-MM-DD
  dobEstimated: boolean;
  sex: Sex | null;
  ethnicity: string | null; // the Vietnamese name from ETHNIC_GROUPS
  personalId: string;
  communeId: string | null;
  villageId: string | null;
  address: string;
  caregivers: CaregiverValues[];
};

export const emptyCaregiver = (): CaregiverValues => ({ fullName: '', relationship: '', birthYear: '', phone: '' });

export const emptyChildFormValues = (place: { communeId: string | null; villageId: string | null }): ChildFormValues => ({
  fullName: '',
  dateOfBirth: null,
  dobEstimated: false,
  sex: null,
  ethnicity: null,
  personalId: '',
  communeId: place.communeId,
  villageId: place.villageId,
  address: '',
  caregivers: [],
});

export const childToFormValues = (child: ChildDetails_ChildFragment): ChildFormValues => ({
  fullName: child.fullName,
  dateOfBirth: child.dateOfBirth,
  dobEstimated: child.dobEstimated,
  sex: child.sex,
  ethnicity: child.ethnicity,
  personalId: child.personalId ?? '',
  communeId: child.commune.id,
  villageId: child.village?.id ?? null,
  address: child.address ?? '',
  caregivers: child.caregivers.map((c) => ({
    fullName: c.fullName,
    relationship: c.relationship,
    birthYear: c.birthYear === null ? '' : String(c.birthYear),
    phone: c.phone ?? '',
  })),
});

const optional = (text: string): string | undefined => text.trim() || undefined;

const toCaregiverInput = (c: CaregiverValues): CaregiverInput => ({
  fullName: c.fullName.trim(),
  relationship: c.relationship.trim(),
  birthYear: c.birthYear.trim() ? Number(c.birthYear.trim()) : undefined,
  phone: optional(c.phone),
});

/** Values → RegisterChildInput. Only called after validation, so required values are present. */
export const toRegisterInput = (values: ChildFormValues, clientMutationId: string): RegisterChildInput => ({
  clientMutationId,
  fullName: values.fullName.trim(),
  dateOfBirth: values.dateOfBirth ?? '',
  dobEstimated: values.dobEstimated,
  sex: values.sex ?? 'UNKNOWN',
  ethnicity: values.ethnicity ?? undefined,
  personalId: optional(values.personalId),
  communeId: values.communeId ?? '',
  villageId: values.villageId ?? undefined,
  address: optional(values.address),
  caregivers: values.caregivers.map(toCaregiverInput),
});

const sameCaregivers = (a: CaregiverValues[], b: CaregiverValues[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Values → UpdateChildInput carrying only what changed since the form opened, so that a
 * save does not rewrite fields the user never touched. A cleared optional field is sent
 * as null (clear it); an untouched one is left out (keep it).
 */
export const toUpdateInput = (
  values: ChildFormValues,
  initial: ChildFormValues,
  ids: { id: string; expectedVersion: number },
): UpdateChildInput => {
  const input: UpdateChildInput = { id: ids.id, expectedVersion: ids.expectedVersion };
  const text = (key: 'fullName' | 'personalId' | 'address') => values[key].trim() !== initial[key].trim();
  if (text('fullName')) input.fullName = values.fullName.trim();
  if (values.dateOfBirth !== initial.dateOfBirth && values.dateOfBirth) input.dateOfBirth = values.dateOfBirth;
  if (values.dobEstimated !== initial.dobEstimated) input.dobEstimated = values.dobEstimated;
  if (values.sex !== initial.sex && values.sex) input.sex = values.sex;
  if (values.ethnicity !== initial.ethnicity) input.ethnicity = values.ethnicity;
  if (text('personalId')) input.personalId = values.personalId.trim() || null;
  if (values.villageId !== initial.villageId) input.villageId = values.villageId;
  if (text('address')) input.address = values.address.trim() || null;
  if (!sameCaregivers(values.caregivers, initial.caregivers)) input.caregivers = values.caregivers.map(toCaregiverInput);
  return input;
};

/**
 * The server's field paths → form paths. They are the same names; a leading "input."
 * (the argument name, which some validators include) is dropped.
 */
export const toFormErrors = (fields: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([path, message]) => [path.replace(/^input\./, ''), message]));
