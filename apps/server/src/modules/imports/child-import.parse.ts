import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { CHILD_IMPORT_COLUMNS, foldVietnamese } from '@cp/schema';
import { AppError, AppErrorCode } from '../../common/app-error';

export type RawRow = { row: number; values: Record<string, string> };
export const MAX_IMPORT_ROWS = 200_000;

// Header text (Vietnamese or English, any case, with or without diacritics) → column key.
const HEADER_KEYS = new Map<string, string>(
  CHILD_IMPORT_COLUMNS.flatMap(
    (c) =>
      [
        [foldVietnamese(c.vi), c.key],
        [foldVietnamese(c.en), c.key],
      ] as [string, string][],
  ),
);

const cellText = (value: ExcelJS.CellValue): string => {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10); // Excel dates are UTC midnight
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result == null ? '' : cellText(value.result);
    return '';
  }
  return String(value);
};

const toRows = (header: string[], body: { row: number; cells: string[] }[]): RawRow[] => {
  const keys = header.map((h) => HEADER_KEYS.get(foldVietnamese(h)) ?? null);
  for (const column of CHILD_IMPORT_COLUMNS.filter((c) => c.required)) {
    if (!keys.includes(column.key))
      throw new AppError(AppErrorCode.BAD_USER_INPUT, {
        key: 'import.missingColumn',
        values: { column: column.vi === column.en ? column.en : `${column.vi} / ${column.en}` },
      });
  }
  const rows = body
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => {
      const values: Record<string, string> = {};
      keys.forEach((key, i) => {
        if (key) values[key] = (r.cells[i] ?? '').trim();
      });
      return { row: r.row, values };
    });
  if (!rows.length) throw new AppError(AppErrorCode.BAD_USER_INPUT, 'import.noRows');
  if (rows.length > MAX_IMPORT_ROWS)
    throw new AppError(AppErrorCode.BAD_USER_INPUT, { key: 'import.tooManyRows', values: { max: MAX_IMPORT_ROWS } });
  return rows;
};

const badFile = () => new AppError(AppErrorCode.BAD_USER_INPUT, 'import.badFile');

export const parseCsv = (buffer: Buffer): RawRow[] => {
  let records: string[][];
  try {
    const text = buffer.toString('utf8');
    // Spreadsheet programs in Viet Nam often save with ';' as the separator.
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    const parsed: unknown = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
    records = parsed as string[][];
  } catch {
    throw badFile();
  }
  if (!records.length) throw new AppError(AppErrorCode.BAD_USER_INPUT, 'import.noRows');
  const [header, ...body] = records;
  return toRows(
    header!,
    body.map((cells, i) => ({ row: i + 2, cells })),
  );
};

export const parseXlsx = async (buffer: Buffer): Promise<RawRow[]> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badFile();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount < 1) throw new AppError(AppErrorCode.BAD_USER_INPUT, 'import.noRows');
  const width = sheet.getRow(1).cellCount;
  const cellsOf = (n: number) => Array.from({ length: width }, (_, i) => cellText(sheet.getRow(n).getCell(i + 1).value));
  const body: { row: number; cells: string[] }[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) body.push({ row: n, cells: cellsOf(n) });
  return toRows(cellsOf(1), body);
};

export const parseImportFile = (buffer: Buffer, filename: string): Promise<RawRow[]> | RawRow[] => {
  const isZip = buffer.length > 4 && buffer[0] === 0x50 && buffer[1] === 0x4b; // XLSX is a zip archive
  if (isZip || /\.xlsx$/i.test(filename)) return parseXlsx(buffer);
  return parseCsv(buffer);
};
