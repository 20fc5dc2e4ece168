import { describe, expect, it } from 'vitest';
import { daysUntil, isLate, isMonthDay, periodLabel, periodsOf } from './reporting-period';

describe('periodsOf', () => {
  it('gives the 2021 directive two half-year periods due 30/4 and 31/10', () => {
    const periods = periodsOf(['10-31', '04-30'], 2021);
    expect(periods.map((p) => [p.code, p.startsOn, p.endsOn, p.dueOn])).toEqual([
      ['2021-H1', '2021-01-01', '2021-04-30', '2021-04-30'],
      ['2021-H2', '2021-05-01', '2021-10-31', '2021-10-31'],
    ]);
    expect(periodLabel(periods[0]!, 'vi')).toBe('Kỳ báo cáo 1 năm 2021 (hạn 30/04/2021)');
    expect(periodLabel(periods[1]!, 'en')).toBe('Reporting period 2 of 2021 (due 31/10/2021)');
  });

  it('numbers other counts of deadlines as quarters or plain periods, and moves 29/2 in common years', () => {
    expect(periodsOf(['03-31', '06-30', '09-30', '12-31'], 2022).map((p) => p.code)).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4']);
    expect(periodsOf(['02-29'], 2023)[0]).toMatchObject({ code: '2023-P1', dueOn: '2023-02-28' });
  });
});

describe('month-day validation, lateness and countdown', () => {
  it('accepts real month-days only', () => {
    expect(['04-30', '10-31', '02-29'].every(isMonthDay)).toBe(true);
    expect(['4-30', '04-31', '13-01', '2021-04-30'].some(isMonthDay)).toBe(false);
  });
  it('is late from the day after the due date', () => {
    const [h1] = periodsOf(['04-30', '10-31'], 2021);
    expect(isLate('2021-04-30', h1!)).toBe(false);
    expect(isLate('2021-05-01', h1!)).toBe(true);
    expect(daysUntil('2021-04-23', '2021-04-30')).toBe(7);
  });
});
