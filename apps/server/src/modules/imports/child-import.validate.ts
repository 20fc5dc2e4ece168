import { ETHNIC_GROUPS, Sex, foldVietnamese } from '@cp/schema';
import type { FieldErrorRef } from '../../common/app-error';
import { todayInVietnam } from '../../common/dates';
import { checkChildFacts, cleanName } from '../children/child-rules';
import type { RawRow } from './child-import.parse';

// Pure checks of the import rows against reference data; the service loads the data.
export type UnitRef = { id: string; code: string; name: string; path: string; validTo: string | null; parentId: string | null };
export type ImportReference = {
  communesByCode: Map<string, UnitRef[]>;
  villagesByCommune: Map<string, UnitRef[]>;
  inScope: (path: string) => boolean;
  // Whether part of the unit is in scope (a collaborator's village inside the commune).
  overlaps: (path: string) => boolean;
  // Personal IDs already on record.
  takenPersonalIds: ReadonlySet<string>;
};
export type ValidRow = {
  row: number;
  fullName: string;
  dateOfBirth: string;
  sex: Sex;
  ethnicity: string | null;
  personalId: string | null;
  commune: UnitRef;
  village: UnitRef | null;
  address: string | null;
  caregiverName: string | null;
  caregiverRelationship: string | null;
};
export type RowError = { row: number } & FieldErrorRef;

const SEXES = new Map<string, Sex>([
  ['male', Sex.MALE],
  ['nam', Sex.MALE],
  ['female', Sex.FEMALE],
  ['nu', Sex.FEMALE],
  ['unknown', Sex.UNKNOWN],
  ['khong ro', Sex.UNKNOWN],
  ['chua ro', Sex.UNKNOWN],
]);
const ETHNICITIES = new Map<string, string>(
  ETHNIC_GROUPS.flatMap(
    (g) =>
      [
        [foldVietnamese(g.vi), g.vi],
        [foldVietnamese(g.en), g.vi],
      ] as [string, string][],
  ),
);

export const parseImportDate = (text: string): string | null => {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
};

const pickCommune = (ref: ImportReference, code: string): UnitRef | null => {
  const normalised = /^\d{1,5}$/.test(code) ? code.padStart(5, '0') : code; // spreadsheets drop leading zeros
  const candidates = (ref.communesByCode.get(normalised) ?? []).filter((c) => ref.overlaps(c.path));
  return candidates.find((c) => c.validTo === null) ?? candidates[0] ?? null;
};

const pickVillage = (ref: ImportReference, commune: UnitRef, text: string): UnitRef | null => {
  const folded = foldVietnamese(text);
  const villages = ref.villagesByCommune.get(commune.id) ?? [];
  return villages.find((v) => v.code === text) ?? villages.find((v) => foldVietnamese(v.name) === folded) ?? null;
};

export const validateImportRows = (rows: RawRow[], ref: ImportReference, today = todayInVietnam()) => {
  const valid: ValidRow[] = [];
  const errors: RowError[] = [];
  const seenIds = new Map<string, number>();
  for (const { row, values } of rows) {
    const rowErrors: FieldErrorRef[] = [];
    const fail = (field: string, key: string, extra?: Record<string, string | number>) => rowErrors.push({ field, key, values: extra });
    const fullName = cleanName(values.fullName ?? '');
    if (!fullName) fail('fullName', 'validation.required');
    else if (fullName.length > 200) fail('fullName', 'validation.maxLength', { max: 200 });
    const dateOfBirth = values.dateOfBirth ? parseImportDate(values.dateOfBirth) : null;
    if (!values.dateOfBirth) fail('dateOfBirth', 'validation.required');
    else if (!dateOfBirth) fail('dateOfBirth', 'validation.date');
    const sex = SEXES.get(foldVietnamese(values.sex ?? ''));
    if (!sex) fail('sex', values.sex ? 'validation.sex' : 'validation.required');
    const ethnicity = values.ethnicity ? (ETHNICITIES.get(foldVietnamese(values.ethnicity)) ?? null) : null;
    if (values.ethnicity && !ethnicity) fail('ethnicity', 'validation.ethnicity');
    rowErrors.push(...checkChildFacts({ dateOfBirth }, today).filter((e) => e.field === 'dateOfBirth'));
    const personalId = values.personalId?.replace(/\s/g, '') || null;
    if (personalId && !/^\d{12}$/.test(personalId)) fail('personalId', 'validation.personalId');
    else if (personalId && ref.takenPersonalIds.has(personalId)) fail('personalId', 'validation.personalIdTaken');
    else if (personalId && seenIds.has(personalId)) fail('personalId', 'validation.personalIdRepeated');
    const commune = values.communeCode ? pickCommune(ref, values.communeCode) : null;
    if (!values.communeCode) fail('communeCode', 'validation.required');
    else if (!commune) fail('communeCode', 'validation.communeCode');
    const village = commune && values.villageCode ? pickVillage(ref, commune, values.villageCode) : null;
    if (commune && values.villageCode && !village) fail('villageCode', 'validation.villageCode');
    else if (village?.validTo && village.validTo < today) fail('villageCode', 'validation.villageRetired');
    else if (commune && !ref.inScope((village ?? commune).path)) {
      fail(village ? 'villageCode' : 'villageCode', village ? 'validation.unitNotFound' : 'validation.villageRequired');
    }
    const caregiverName = values.caregiverName ? cleanName(values.caregiverName) : null;
    const caregiverRelationship = values.caregiverRelationship?.trim() || null;
    if (caregiverName && !caregiverRelationship) fail('caregiverRelationship', 'validation.required');
    const address = values.address?.trim() || null;
    if (address && address.length > 500) fail('address', 'validation.maxLength', { max: 500 });
    if (rowErrors.length) {
      errors.push(...rowErrors.map((e) => ({ row, ...e })));
      continue;
    }
    if (personalId) seenIds.set(personalId, row);
    valid.push({
      row,
      fullName,
      dateOfBirth: dateOfBirth!,
      sex: sex!,
      ethnicity,
      personalId,
      commune: commune!,
      village,
      address,
      caregiverName,
      caregiverRelationship: caregiverName ? caregiverRelationship : null,
    });
  }
  return { valid, errors };
};
