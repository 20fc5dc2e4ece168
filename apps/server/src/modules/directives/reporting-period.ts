import { addDays, format, isValid, parseISO } from 'date-fns';
import type { Locale } from '@cp/schema';

// A directive's reporting deadlines are month-day pairs ("04-30", "10-31"); each one closes a
// period of the directive's year. The first period starts on 1 January, each next one the day
// after the previous deadline. Two deadlines give half-year codes (2021-H1, 2021-H2).
export type Period = { code: string; index: number; count: number; year: number; startsOn: string; endsOn: string; dueOn: string };

export const MONTH_DAY_RE = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const isMonthDay = (value: string): boolean => {
  if (!MONTH_DAY_RE.test(value)) return false;
  // 02-29 is accepted: it exists in leap years and is moved to 02-28 otherwise.
  const date = parseISO(`2024-${value}`);
  return !Number.isNaN(date.getTime()) && format(date, 'MM-dd') === value;
};

const dateIn = (year: number, monthDay: string): string => {
  const iso = `${year}-${monthDay}`;
  const parsed = parseISO(iso);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === iso ? iso : `${year}-02-28`;
};

export const periodsOf = (deadlines: readonly string[], year: number): Period[] => {
  const sorted = [...new Set(deadlines)].sort();
  const prefix = sorted.length === 2 ? 'H' : sorted.length === 4 ? 'Q' : 'P';
  let startsOn = `${year}-01-01`;
  return sorted.map((md, i) => {
    const dueOn = dateIn(year, md);
    const period = { code: `${year}-${prefix}${i + 1}`, index: i + 1, count: sorted.length, year, startsOn, endsOn: dueOn, dueOn };
    startsOn = format(addDays(parseISO(dueOn), 1), 'yyyy-MM-dd');
    return period;
  });
};

export const PERIOD_CODE_RE = /^(\d{4})-([HQP])(\d{1,2})$/;

const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

// "Kỳ báo cáo 1 năm 2021 (hạn 30/04/2021)" / "Reporting period 1 of 2021 (due 30/04/2021)"
export const periodLabel = (p: Period, locale: Locale): string =>
  locale === 'en'
    ? `Reporting period ${p.index} of ${p.year} (due ${dmy(p.dueOn)})`
    : `Kỳ báo cáo ${p.index} năm ${p.year} (hạn ${dmy(p.dueOn)})`;

// A submission on a day after the due date (Vietnam time) is late.
export const isLate = (submittedOn: string, p: Period): boolean => submittedOn > p.dueOn;

export const daysUntil = (today: string, dueOn: string): number =>
  Math.round((parseISO(dueOn).getTime() - parseISO(today).getTime()) / 86_400_000);

export { dmy };
