import { describe, expect, it } from 'vitest';
import { Sex } from '@cp/schema';
import { parseImportDate, validateImportRows, type ImportReference, type UnitRef } from './child-import.validate';
import { parseCsv } from './child-import.parse';

const commune = (id: string, code: string, path: string, validTo: string | null = null): UnitRef => ({
  id,
  code,
  name: `Xã ${code}`,
  path,
  validTo,
  parentId: null,
});
const village = (id: string, code: string, name: string, path: string, validTo: string | null = null): UnitRef => ({
  id,
  code,
  name,
  path,
  validTo,
  parentId: 'c1',
});

const ref = (scope: string[]): ImportReference => ({
  communesByCode: new Map([
    ['03412', [commune('c1', '03412', '/p/d/c1/', '2025-06-30')]],
    ['03424', [commune('c2', '03424', '/p/d/c2/', '2025-06-30')]],
  ]),
  villagesByCommune: new Map([
    ['c1', [village('v1', '03412-01', 'Bản Nà Đon', '/p/d/c1/v1/'), village('v2', '03412-02', 'Bản Thẳm', '/p/d/c1/v2/', '2025-01-01')]],
  ]),
  inScope: (path) => scope.some((s) => path.startsWith(s)),
  overlaps: (path) => scope.some((s) => path.startsWith(s) || s.startsWith(path)),
  takenPersonalIds: new Set(['000000000001']),
});

const rows = (csv: string) => parseCsv(Buffer.from(csv));

describe('parseImportDate', () => {
  it('reads YYYY-MM-DD and dd/MM/yyyy, and refuses dates that do not exist', () => {
    expect(parseImportDate('2015-03-07')).toBe('2015-03-07');
    expect(parseImportDate('7/3/2015')).toBe('2015-03-07');
    expect(parseImportDate('31/02/2015')).toBeNull();
    expect(parseImportDate('03-07-15')).toBeNull();
  });
});

describe('validateImportRows', () => {
  it('accepts Vietnamese values in English columns and normalises them', () => {
    const { valid, errors } = validateImportRows(
      rows('fullName;dateOfBirth;sex;communeCode;villageCode;ethnicity\nlò  văn đức;15/03/2016;Nữ;3412;ban na don;Hmong\n'),
      ref(['/p/d/c1/']),
      '2026-01-01',
    );
    expect(errors).toEqual([]);
    expect(valid[0]).toMatchObject({
      row: 2,
      fullName: 'lò văn đức',
      dateOfBirth: '2016-03-15',
      sex: Sex.FEMALE,
      ethnicity: 'Mông',
      village: { id: 'v1' },
    });
  });

  it('gives every problem of a row with its spreadsheet row number and field', () => {
    const { valid, errors } = validateImportRows(
      rows(
        'Họ và tên,Ngày sinh,Giới tính,Mã xã,Mã thôn/bản,Số định danh cá nhân,Họ tên người chăm sóc\n' +
          ',2030-01-01,X,03424,,123,Bố A\n' +
          'B,2015-01-01,Nam,03412,03412-02,000000000001,\n' +
          'C,2015-01-01,Nam,03412,,111111111111,\n' +
          'D,2015-01-01,Nam,03412,,111111111111,\n',
      ),
      ref(['/p/d/c1/']),
      '2026-01-01',
    );
    expect(errors).toEqual([
      { row: 2, field: 'fullName', key: 'validation.required', values: undefined },
      { row: 2, field: 'sex', key: 'validation.sex', values: undefined },
      { row: 2, field: 'dateOfBirth', key: 'validation.dateInFuture' },
      { row: 2, field: 'personalId', key: 'validation.personalId', values: undefined },
      { row: 2, field: 'communeCode', key: 'validation.communeCode', values: undefined },
      { row: 2, field: 'caregiverRelationship', key: 'validation.required', values: undefined },
      { row: 3, field: 'personalId', key: 'validation.personalIdTaken', values: undefined },
      { row: 3, field: 'villageCode', key: 'validation.villageRetired', values: undefined },
      { row: 5, field: 'personalId', key: 'validation.personalIdRepeated', values: undefined },
    ]);
    expect(valid.map((v) => v.row)).toEqual([4]);
  });

  it('asks a village collaborator for a village of theirs', () => {
    const { errors } = validateImportRows(
      rows('fullName,dateOfBirth,sex,communeCode\nA,2015-01-01,MALE,03412\n'),
      ref(['/p/d/c1/v1/']),
      '2026-01-01',
    );
    expect(errors).toEqual([{ row: 2, field: 'villageCode', key: 'validation.villageRequired', values: undefined }]);
  });

  it('refuses a file without a required column', () => {
    expect(() => rows('fullName,sex\nA,Nam\n')).toThrow('import.missingColumn');
  });
});
