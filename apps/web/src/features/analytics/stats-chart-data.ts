// Rows of a stats answer → recharts data: the first dimension along the axis, the second (if
// any) as stacked series; a third dimension is folded into the series name. Suppressed cells
// have no bar (null), and the table shows them as "<k".
export type StatsRowLike = { keys: { code: string; label: string }[]; value: number | null; suppressed: boolean };

export type ChartShape = { data: Record<string, string | number | null>[]; series: { name: string; label: string }[] };

export const TOTAL_SERIES = 'value';

export const toChartData = (rows: readonly StatsRowLike[]): ChartShape => {
  const byX = new Map<string, Record<string, string | number | null>>();
  const series = new Map<string, string>();
  for (const row of rows) {
    const [x, ...rest] = row.keys;
    const xLabel = x?.label ?? '';
    const seriesKey = rest.length ? rest.map((k) => k.code || '-').join('|') : TOTAL_SERIES;
    const seriesLabel = rest.length ? rest.map((k) => k.label).join(' · ') : '';
    series.set(seriesKey, seriesLabel);
    const point = byX.get(xLabel) ?? { x: xLabel };
    point[seriesKey] = row.suppressed ? null : row.value;
    byX.set(xLabel, point);
  }
  return { data: [...byX.values()], series: [...series].map(([name, label]) => ({ name, label })) };
};
