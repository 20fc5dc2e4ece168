// The first period whose due date is today or later, and how many days remain (Vietnam dates).
export type DuePeriod = { code: string; label: string; dueOn: string };

export const nextDue = <P extends DuePeriod>(periods: readonly P[], today: string): { period: P; days: number } | null => {
  const period = [...periods].sort((a, b) => a.dueOn.localeCompare(b.dueOn)).find((p) => p.dueOn >= today);
  if (!period) return null;
  const days = Math.round((Date.parse(`${period.dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return { period, days };
};

// The period to show first: the next one due, else the last one.
export const defaultPeriod = (periods: readonly DuePeriod[], today: string): string | undefined =>
  nextDue(periods, today)?.period.code ?? periods[periods.length - 1]?.code;
