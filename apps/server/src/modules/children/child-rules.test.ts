import { describe, expect, it } from 'vitest';
import { checkChildFacts, childCode, cleanName, searchTerms, searchTextOf } from './child-rules';

describe('child rules', () => {
  const today = '2026-11-29';
  it('refuses a birth date in the future', () => {
    expect(checkChildFacts({ dateOfBirth: '2026-11-30' }, today)).toEqual([{ field: 'dateOfBirth', key: 'validation.dateInFuture' }]);
  });
  it('refuses people aged 18 or more, accepts 17', () => {
    expect(checkChildFacts({ dateOfBirth: '2008-11-29' }, today)[0]?.key).toBe('validation.notAChild');
    expect(checkChildFacts({ dateOfBirth: '2008-11-30' }, today)).toEqual([]);
  });
  it('accepts only the 54 official ethnic groups, by Vietnamese name', () => {
    expect(checkChildFacts({ ethnicity: 'Thái' }, today)).toEqual([]);
    expect(checkChildFacts({ ethnicity: 'Martian' }, today)).toEqual([{ field: 'ethnicity', key: 'validation.ethnicity' }]);
  });
  it('stores names as typed but tidy', () => {
    expect(cleanName('  Nguyễn   Thị  Hoà ')).toBe('Nguyễn Thị Hoà');
    expect(cleanName('Hoa\u0300')).toBe('Hoà');
  });
  it('searches by folded words, escaping LIKE wildcards', () => {
    expect(searchTerms('Nguyễn HOA')).toEqual(['%nguyen%', '%hoa%']);
    expect(searchTerms('50%_x')).toEqual(['%50\\%\\_x%']);
    expect(searchTextOf('Nguyễn Thị Hoà', 'TE-03412-000001', null)).toBe('nguyen thi hoa te-03412-000001');
  });
  it('makes codes from the commune code and a sequence', () => {
    expect(childCode('03412', 123)).toBe('TE-03412-000123');
  });
});
