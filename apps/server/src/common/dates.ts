import { differenceInYears, parseISO, subYears, format, addDays } from 'date-fns';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

// Today's calendar date in Viet Nam, whatever the server's own time zone.
export const todayInVietnam = (now: Date = new Date()): string => ymd.format(now);

export const ageInYears = (dateOfBirth: string, today: string = todayInVietnam()): number =>
  differenceInYears(parseISO(today), parseISO(dateOfBirth));

// The birth-date range of children aged [min, max] full years on `today`.
export const birthDateRangeForAge = (
  min: number | undefined,
  max: number | undefined,
  today: string = todayInVietnam(),
): { bornAfter?: string; bornOnOrBefore?: string } => {
  const t = parseISO(today);
  return {
    bornOnOrBefore: min === undefined ? undefined : format(subYears(t, min), 'yyyy-MM-dd'),
    bornAfter: max === undefined ? undefined : format(subYears(t, max + 1), 'yyyy-MM-dd'),
  };
};

export const isFutureDate = (date: string, today: string = todayInVietnam()): boolean => date > today;

export const nextDay = (date: string): string => format(addDays(parseISO(date), 1), 'yyyy-MM-dd');

// dd/MM/yyyy, as people in Viet Nam write dates (exports, messages).
export const formatDate = (isoDate: string): string => {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
};
