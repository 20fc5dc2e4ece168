import { describe, expect, it } from 'vitest';
import { formatDuration, timeLeft } from './time-left';

describe('time left until a deadline', () => {
  it('counts days and hours before, and the overdue time after', () => {
    const now = new Date('2026-05-06T01:00:00Z');
    expect(timeLeft('2026-05-08T16:59:59.999Z', now)).toEqual({ overdue: false, days: 2, hours: 15, minutes: 59 });
    expect(formatDuration(timeLeft('2026-05-08T16:59:59.999Z', now), 'vi')).toBe('2 ngày 15 giờ');
    const late = timeLeft('2026-05-05T22:30:00Z', now);
    expect(late.overdue).toBe(true);
    expect(formatDuration(late, 'en')).toBe('2 h 30 min');
  });
});
