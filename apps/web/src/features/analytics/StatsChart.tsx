import { BarChart, LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { TOTAL_SERIES, toChartData, type StatsRowLike } from './stats-chart-data';

const COLORS = ['blue.6', 'pink.6', 'teal.6', 'orange.6', 'grape.6', 'lime.6', 'cyan.6', 'red.6', 'indigo.6', 'yellow.6'];
const TIME = new Set(['YEAR', 'QUARTER', 'MONTH']);

// A line over time when the first dimension is a time bucket, else bars (stacked by the second
// dimension). Suppressed cells have no bar; the table beside it shows them as "<k".
export const StatsChart = ({ groupBy, rows }: { groupBy: readonly string[]; rows: readonly StatsRowLike[] }) => {
  const { t } = useTranslation();
  const { data, series } = toChartData(rows);
  const named = series.map((s, i) => ({
    name: s.name,
    label: s.name === TOTAL_SERIES ? t('analytics.value') : s.label,
    color: COLORS[i % COLORS.length]!,
  }));
  const common = { h: 320, data, dataKey: 'x', series: named, withLegend: named.length > 1, 'aria-label': t('analytics.chart') };
  if (TIME.has(groupBy[0] ?? '')) return <LineChart {...common} connectNulls={false} data-testid="stats-chart" />;
  return <BarChart {...common} type={named.length > 1 ? 'stacked' : 'default'} data-testid="stats-chart" />;
};
