import { describe, expect, it } from 'vitest';
import { byId, groupByKey } from './loader-utils';

describe('loader helpers', () => {
  it('answers one row per key, in key order, null where missing', () => {
    expect(byId([{ id: 'b' }, { id: 'a' }], ['a', 'x', 'b'])).toEqual([{ id: 'a' }, null, { id: 'b' }]);
  });
  it('groups rows per key, keeping the fetched order, empty where none', () => {
    const rows = [
      { k: 'a', n: 1 },
      { k: 'b', n: 2 },
      { k: 'a', n: 3 },
      { k: null, n: 4 },
    ];
    expect(groupByKey(rows, ['a', 'c', 'b'], (r) => r.k)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});
