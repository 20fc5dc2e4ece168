// "2 ngày 3 giờ" / "2 d 3 h" between now and a due moment; the sign says overdue or not.
export type TimeLeft = { overdue: boolean; days: number; hours: number; minutes: number };

export const timeLeft = (dueAt: string, now: Date = new Date()): TimeLeft => {
  const ms = new Date(dueAt).getTime() - now.getTime();
  const abs = Math.abs(ms);
  const minutesTotal = Math.floor(abs / 60_000);
  return { overdue: ms < 0, days: Math.floor(minutesTotal / 1440), hours: Math.floor((minutesTotal % 1440) / 60), minutes: minutesTotal % 60 };
};

export const formatDuration = (t: TimeLeft, locale: 'vi' | 'en'): string => {
  const u = locale === 'vi' ? { d: 'ngày', h: 'giờ', m: 'phút' } : { d: 'd', h: 'h', m: 'min' };
  if (t.days > 0) return `${t.days} ${u.d} ${t.hours} ${u.h}`;
  if (t.hours > 0) return `${t.hours} ${u.h} ${t.minutes} ${u.m}`;
  return `${t.minutes} ${u.m}`;
};
