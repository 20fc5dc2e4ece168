// Dates are shown as dd/MM/yyyy and instants in Vietnam's time zone, whatever the device's settings.
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** '2015-03-07' (a GraphQL Date) → '07/03/2015'. */
export const formatDate = (isoDate: string | null | undefined): string => {
  const match = isoDate ? ISO_DATE.exec(isoDate) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
};

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const vietnamParts = (instant: Date): Record<string, string> =>
  Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));

/** '2024-01-31T17:30:00Z' (a GraphQL DateTime, UTC) → '01/02/2024 00:30' in Asia/Ho_Chi_Minh. */
export const formatDateTime = (isoInstant: string | null | undefined): string => {
  if (!isoInstant) return '';
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) return '';
  const p = vietnamParts(instant);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
};

/** Today's calendar date in Vietnam as YYYY-MM-DD (a birth date cannot be after it). */
export const todayInVietnam = (now: Date = new Date()): string => {
  const p = vietnamParts(now);
  return `${p.year}-${p.month}-${p.day}`;
};

const DISPLAY_DATE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** What people type ('7/3/2015', '07.03.2015') → '2015-03-07', or null when it is not a real date. */
export const parseDisplayDate = (text: string): string | null => {
  const match = DISPLAY_DATE.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
