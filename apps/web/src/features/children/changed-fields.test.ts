import { describe, expect, it } from 'vitest';
import { changedFieldNames } from './changed-fields';
import { emptyChildFormValues } from './child-form-values';

describe('changedFieldNames', () => {
  it('names the fields someone else changed, with the village under its label', () => {
    const before = { ...emptyChildFormValues({ communeId: 'c', villageId: 'v1' }), fullName: 'Lò Văn Đức', address: 'Bản Nà Đon' };
    const after = { ...before, address: 'Bản Thẳm', villageId: 'v2', caregivers: [{ fullName: 'A', relationship: 'Bố', birthYear: '', phone: '' }] };
    expect(changedFieldNames(before, after)).toEqual(['village', 'address', 'caregivers']);
    expect(changedFieldNames(before, { ...before })).toEqual([]);
  });
});
