import { describe, expect, it } from 'vitest';
import { LUNAR_NEW_YEAR, SEED_HOLIDAYS } from './holidays.data';
import { computeDueAt, deadlineState, isWorkingDay, localDate, type Calendar } from './working-days';

const calendar: Calendar = {
  daysOff: new Set(SEED_HOLIDAYS.filter((h) => h.kind !== 'WORKDAY').map((h) => h.day)),
  workdays: new Set(SEED_HOLIDAYS.filter((h) => h.kind === 'WORKDAY').map((h) => h.day)),
};
const hanoi = (local: string) => new Date(`${local}+07:00`);

describe('deadline arithmetic in Viet Nam', () => {
  it('counts 5 working days from Wednesday 29/4/2026 10:00 to Friday 8/5/2026 (30/4, 1/5 holidays; 2-3/5 weekend)', () => {
    const due = computeDueAt(hanoi('2026-04-29T10:00:00'), 'WORKING_DAYS', 5, calendar);
    expect(localDate(due)).toBe('2026-05-08');
    expect(due.toISOString()).toBe('2026-05-08T16:59:59.999Z');
  });

  it('runs hour clocks from the exact moment of receipt', () => {
    expect(computeDueAt(hanoi('2026-04-29T10:00:00'), 'HOURS', 12, calendar).toISOString()).toBe('2026-04-29T15:00:00.000Z');
  });

  it('takes the local date, not the UTC date, as the day of the event', () => {
    // 23:30 on Friday 8/5 in Hanoi is still Friday; UTC says 16:30 Friday too, but 00:30 Saturday
    // local is 17:30 Friday UTC: the period starts the day after the local date
    const due = computeDueAt(new Date('2026-05-08T17:30:00Z'), 'WORKING_DAYS', 1, calendar);
    expect(localDate(due)).toBe('2026-05-11');
  });

  it('skips the Tết break and counts calendar days without skipping', () => {
    expect(localDate(computeDueAt(hanoi('2026-02-13T09:00:00'), 'WORKING_DAYS', 1, calendar))).toBe('2026-02-23');
    expect(localDate(computeDueAt(hanoi('2026-04-29T10:00:00'), 'CALENDAR_DAYS', 15, calendar))).toBe('2026-05-14');
  });

  it('treats a swapped weekend day as a working day and a compensatory day as a day off', () => {
    expect(isWorkingDay('2024-05-04', calendar)).toBe(true);
    expect(isWorkingDay('2024-04-29', calendar)).toBe(false);
    expect(isWorkingDay('2026-04-27', calendar)).toBe(false); // Hùng Kings on Sunday 26/4/2026
  });

  it('has every year 2021-2027 with Tết around lunar new year and Hùng Kings in April', () => {
    for (let year = 2021; year <= 2027; year++) {
      const tet = SEED_HOLIDAYS.filter((h) => h.kind === 'TET' && h.day.startsWith(String(year))).map((h) => h.day);
      expect(tet).toContain(LUNAR_NEW_YEAR[year]);
      expect(tet.length).toBeGreaterThanOrEqual(5);
      expect(SEED_HOLIDAYS.some((h) => h.name.startsWith('Giỗ Tổ') && h.day.startsWith(`${year}-04`))).toBe(true);
    }
  });

  it('says PENDING, DUE_SOON, MET or MISSED', () => {
    const d = { dueAt: new Date('2026-05-08T16:59:59Z'), dueSoonAt: new Date('2026-05-07T16:59:59Z'), metAt: null };
    expect(deadlineState(d, new Date('2026-05-01T00:00:00Z'))).toBe('PENDING');
    expect(deadlineState(d, new Date('2026-05-08T00:00:00Z'))).toBe('DUE_SOON');
    expect(deadlineState(d, new Date('2026-05-09T00:00:00Z'))).toBe('MISSED');
    expect(deadlineState({ ...d, metAt: new Date('2026-05-06T00:00:00Z') })).toBe('MET');
    expect(deadlineState({ ...d, metAt: new Date('2026-05-10T00:00:00Z') })).toBe('MISSED');
  });
});
