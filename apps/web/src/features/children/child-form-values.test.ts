import { describe, expect, it } from 'vitest';
import { toFormErrors, toRegisterInput, toUpdateInput, type ChildFormValues } from './child-form-values';

const values: ChildFormValues = {
  fullName: '  Lò Thị Mai ',
  dateOfBirth: '2016-05-04',
  dobEstimated: false,
  sex: 'FEMALE',
  ethnicity: 'Thái',
  personalId: '',
  communeId: 'c1',
  villageId: null,
  address: 'Bản Nà Khum',
  caregivers: [{ fullName: 'Lò Văn Tâm', relationship: 'Bố', birthYear: '1985', phone: ' ' }],
};

describe('toRegisterInput', () => {
  it('trims text, leaves empty optional fields out and converts the birth year', () => {
    expect(toRegisterInput(values, 'key-1')).toEqual({
      clientMutationId: 'key-1',
      fullName: 'Lò Thị Mai',
      dateOfBirth: '2016-05-04',
      dobEstimated: false,
      sex: 'FEMALE',
      ethnicity: 'Thái',
      personalId: undefined,
      communeId: 'c1',
      villageId: undefined,
      address: 'Bản Nà Khum',
      caregivers: [{ fullName: 'Lò Văn Tâm', relationship: 'Bố', birthYear: 1985, phone: undefined }],
    });
  });
});

describe('toUpdateInput', () => {
  const ids = { id: 'child-1', expectedVersion: 3 };

  it('sends only the version when nothing changed', () => {
    expect(toUpdateInput(values, values, ids)).toEqual({ id: 'child-1', expectedVersion: 3 });
  });

  it('sends changed fields, and null for a cleared optional field', () => {
    const edited = { ...values, fullName: 'Lò Thị Mai Anh', address: '  ', villageId: 'v2' };
    expect(toUpdateInput(edited, values, ids)).toEqual({
      id: 'child-1',
      expectedVersion: 3,
      fullName: 'Lò Thị Mai Anh',
      address: null,
      villageId: 'v2',
    });
  });
});

describe('toFormErrors', () => {
  it('keeps input property paths and drops a leading "input."', () => {
    expect(toFormErrors({ 'input.personalId': 'a', 'caregivers.0.fullName': 'b' })).toEqual({
      personalId: 'a',
      'caregivers.0.fullName': 'b',
    });
  });
});
