import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseDisplayDate, todayInVietnam } from './format';

// vitest.config.ts runs tests with TZ=UTC, so these prove the Vietnam zone is applied explicitly.
describe('formatDate', () => {
  it('shows a calendar date as dd/MM/yyyy without shifting it through a time zone', () => {
    expect(formatDate('2015-03-07')).toBe('07/03/2015');
    expect(formatDate('2016-12-31')).toBe('31/12/2016');
  });

  it('shows nothing for a missing or malformed date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('07/03/2015')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows a UTC instant in Asia/Ho_Chi_Minh (UTC+7), crossing midnight into the next day', () => {
    expect(formatDateTime('2024-01-31T17:30:00Z')).toBe('01/02/2024 00:30');
    expect(formatDateTime('2024-06-15T02:05:00.000Z')).toBe('15/06/2024 09:05');
  });

  it('shows nothing for an unparseable instant', () => {
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('parseDisplayDate', () => {
  it('reads day/month/year as typed, with or without leading zeros', () => {
    expect(parseDisplayDate('07/03/2015')).toBe('2015-03-07');
    expect(parseDisplayDate('7/3/2015')).toBe('2015-03-07');
    expect(parseDisplayDate(' 7.3.2015 ')).toBe('2015-03-07');
  });

  it('refuses dates that do not exist and US-style order', () => {
    expect(parseDisplayDate('31/02/2016')).toBeNull();
    expect(parseDisplayDate('12/13/2016')).toBeNull();
    expect(parseDisplayDate('2015-03-07')).toBeNull();
  });
});

describe('todayInVietnam', () => {
  it('is already tomorrow in Vietnam at 18:00 UTC', () => {
    expect(todayInVietnam(new Date('2024-05-31T18:00:00Z'))).toBe('2024-06-01');
    expect(todayInVietnam(new Date('2024-05-31T16:59:00Z'))).toBe('2024-05-31');
  });
});
