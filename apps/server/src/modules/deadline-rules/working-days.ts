import { TIME_ZONE } from '../../common/dates';

// Pure deadline arithmetic in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving).
// Civil Code 2015 arts. 147-148: an hour period runs from the exact moment; a day period starts
// the day after the event and ends at the end of its last day.
export type Clock = 'HOURS' | 'WORKING_DAYS' | 'CALENDAR_DAYS';
export type Calendar = { daysOff: ReadonlySet<string>; workdays: ReadonlySet<string> };

const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
export const localDate = (at: Date): string => ymd.format(at);

const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export const endOfLocalDay = (day: string): Date => new Date(`${day}T23:59:59.999+07:00`);

export const isWorkingDay = (day: string, calendar: Calendar): boolean => {
  if (calendar.workdays.has(day)) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.daysOff.has(day);
};

export const addWorkingDays = (start: Date, amount: number, calendar: Calendar): Date => {
  let day = localDate(start);
  for (let counted = 0; counted < amount;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return endOfLocalDay(day);
};

export const computeDueAt = (start: Date, clock: Clock, amount: number, calendar: Calendar): Date => {
  if (clock === 'HOURS') return new Date(start.getTime() + amount * 3_600_000);
  if (clock === 'CALENDAR_DAYS') return endOfLocalDay(addDays(localDate(start), amount));
  return addWorkingDays(start, amount, calendar);
};

export type DeadlineStateValue = 'PENDING' | 'DUE_SOON' | 'MET' | 'MISSED';

// Met on time is MET; met late, or not met by the due moment, is MISSED.
export const deadlineState = (d: { dueAt: Date; dueSoonAt: Date; metAt: Date | null }, now: Date = new Date()): DeadlineStateValue => {
  if (d.metAt) return d.metAt <= d.dueAt ? 'MET' : 'MISSED';
  if (now > d.dueAt) return 'MISSED';
  if (now >= d.dueSoonAt) return 'DUE_SOON';
  return 'PENDING';
};
