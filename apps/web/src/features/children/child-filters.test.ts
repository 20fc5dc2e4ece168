import { describe, expect, it } from 'vitest';
import { exportHref, extraFilterFromParams } from './ChildFilters';

describe('list filters in the URL', () => {
  it('reads the valid filters and ignores the rest', () => {
    const params = new URLSearchParams('circ=ABANDONED&special=true&ageMin=6&ageMax=99&unit=u1&foo=bar');
    expect(extraFilterFromParams(params)).toEqual({ circumstance: 'ABANDONED', inSpecialCircumstances: true, ageMin: 6, unitId: 'u1' });
    expect(extraFilterFromParams(new URLSearchParams('circ=NOPE&special=maybe'))).toEqual({});
  });

  it('sends the same filter to the export, by the contract names', () => {
    expect(exportHref('xlsx', { search: 'lò văn', sex: 'FEMALE', inSpecialCircumstances: false })).toBe(
      '/api/exports/children.xlsx?search=l%C3%B2+v%C4%83n&sex=FEMALE&inSpecialCircumstances=false',
    );
    expect(exportHref('csv', {})).toBe('/api/exports/children.csv');
  });
});
