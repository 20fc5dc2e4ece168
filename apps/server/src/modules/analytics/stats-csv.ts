import { enumLabel, type Locale } from '@cp/schema';
import { csvCell as cell } from '../../common/csv';
import type { StatResult } from './stat.types';

// One stats answer as CSV (UTF-8 with BOM for spreadsheets): for each dimension its code and
// label, then the value ("<k" when suppressed), and a last line with the total.
export const statsToCsv = (result: StatResult, locale: Locale): string => {
  const dims = result.groupBy.flatMap((d) => {
    const name = enumLabel('StatDimension', d, locale);
    return [`${name} (${locale === 'vi' ? 'mã' : 'code'})`, name];
  });
  const valueHeader = enumLabel('StatMeasure', result.measure, locale);
  const lines = [[...dims, valueHeader].map(cell).join(',')];
  const hidden = `<${result.minCellSize}`;
  for (const row of result.rows) {
    lines.push([...row.keys.flatMap((k) => [k.code, k.label]), row.suppressed ? hidden : String(row.value ?? 0)].map(cell).join(','));
  }
  const totalLabel = locale === 'vi' ? 'Tổng' : 'Total';
  const totalValue = result.total === null ? (locale === 'vi' ? 'không công bố' : 'withheld') : String(result.total);
  lines.push([totalLabel, ...dims.slice(1).map(() => ''), totalValue].map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
