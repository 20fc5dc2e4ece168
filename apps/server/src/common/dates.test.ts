import { describe, expect, it } from 'vitest';
import { ageInYears, birthDateRangeForAge, todayInVietnam } from './dates';
import { isCalendarDate } from './scalars';

describe('dates in Viet Nam', () => {
  it('takes today from Asia/Ho_Chi_Minh, not UTC', () => {
    // 2026-11-29 18:30 UTC is already 30/11 01:30 in Hanoi
    expect(todayInVietnam(new Date('2026-11-29T18:30:00Z'))).toBe('2026-11-30');
    expect(todayInVietnam(new Date('2026-11-29T16:59:00Z'))).toBe('2026-11-29');
  });
  it('counts full years of age', () => {
    expect(ageInYears('2010-11-30', '2026-11-29')).toBe(15);
    expect(ageInYears('2010-11-29', '2026-11-29')).toBe(16);
  });
  it('turns an age range into a birth-date range', () => {
    const range = birthDateRangeForAge(6, 10, '2026-11-29');
    expect(range).toEqual({ bornOnOrBefore: '2020-11-29', bornAfter: '2015-11-29' });
    // a child born 2015-11-30 is 10 on 2026-11-29: inside; born 2015-11-29 is 11: outside
    expect('2015-11-30' > range.bornAfter!).toBe(true);
    expect('2015-11-29' > range.bornAfter!).toBe(false);
  });
  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('29/02/2024')).toBe(false);
  });
});
