import { describe, expect, it } from 'vitest';
import { defaultPeriod, nextDue } from './next-due';

const periods = [
  { code: '2021-H1', label: 'H1', dueOn: '2021-04-30' },
  { code: '2021-H2', label: 'H2', dueOn: '2021-10-31' },
];

describe('nextDue', () => {
  it('finds the next period due and the days left', () => {
    expect(nextDue(periods, '2021-04-23')).toEqual({ period: periods[0], days: 7 });
    expect(nextDue(periods, '2021-04-30')).toEqual({ period: periods[0], days: 0 });
    expect(nextDue(periods, '2021-05-01')?.period.code).toBe('2021-H2');
    expect(nextDue(periods, '2026-01-01')).toBeNull();
  });
  it('shows the last period once all are past', () => {
    expect(defaultPeriod(periods, '2026-01-01')).toBe('2021-H2');
    expect(defaultPeriod(periods, '2021-02-01')).toBe('2021-H1');
  });
});
