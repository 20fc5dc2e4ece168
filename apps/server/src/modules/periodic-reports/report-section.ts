import type { EntityManager } from 'typeorm';
import type { Locale } from '@cp/schema';
import { contribute, contributionsTo, extensionPoint, type Contribution } from '../../common/module';
import type { Period } from '../directives/reporting-period';

export type SectionInput = {
  manager: EntityManager;
  locale: Locale;
  // the report unit's subtree: records whose unit_path starts with it are counted
  unitPath: string;
  period: Period;
  directiveId: string | null;
  t: (key: string) => string;
};

export type SectionLine = { label: string; values: (number | null)[] };
export type CompiledSection = { key: string; title: string; columns: string[]; lines: SectionLine[]; available: boolean };

type SectionBase = {
  // the title is the message `report.section.<key>`
  key: string;
  // its place in the document (the layout of the 30/4 and 31/10 report), ascending
  order: number;
  // the column headers; one "count" column when omitted
  columns?: (input: SectionInput) => string[];
};

// A section of the periodic report, contributed by the module that keeps its records
// (`contributes: [reportSections(...)]` in the manifest). Either fixed lines, whose labels are
// known without data, with one array of values per label from one SQL aggregate; or lines that
// come from the data themselves (one per agency).
export type SectionDefinition = SectionBase &
  (
    | { labels: (input: SectionInput) => string[]; values: (input: SectionInput) => Promise<(number | null)[][]> }
    | { lines: (input: SectionInput) => Promise<SectionLine[]> }
  );

// A section the administrative report has while no module keeps its records yet: listed in its
// place with its lines and no values ("không có dữ liệu"), until a module contributes a section
// with the same key.
export type SectionPlaceholder = SectionBase & { labels: (input: SectionInput) => string[] };

export const REPORT_SECTIONS = extensionPoint<SectionDefinition>('reportSections');

export const reportSections = (...sections: SectionDefinition[]): Contribution => contribute(REPORT_SECTIONS, ...sections);

// The sections of the report in document order: every contributed one, and each placeholder
// that no module fills yet.
export const reportLayout = (placeholders: readonly SectionPlaceholder[]): (SectionDefinition | SectionPlaceholder)[] => {
  const contributed = contributionsTo(REPORT_SECTIONS);
  const keys = new Set(contributed.map((s) => s.key));
  if (keys.size !== contributed.length) throw new Error('two modules contribute a report section with the same key');
  return [...contributed, ...placeholders.filter((p) => !keys.has(p.key))].sort((a, b) => a.order - b.order);
};

export const compileSection = async (def: SectionDefinition | SectionPlaceholder, input: SectionInput): Promise<CompiledSection> => {
  const columns = def.columns?.(input) ?? [input.t('report.column.count')];
  const title = input.t(`report.section.${def.key}`);
  if ('lines' in def) return { key: def.key, title, columns, lines: await def.lines(input), available: true };
  if (!('values' in def)) {
    return {
      key: def.key,
      title,
      columns,
      lines: def.labels(input).map((label) => ({ label, values: columns.map(() => null) })),
      available: false,
    };
  }
  const labels = def.labels(input);
  const values = await def.values(input);
  return {
    key: def.key,
    title,
    columns,
    lines: labels.map((label, i) => ({ label, values: values[i] ?? columns.map(() => null) })),
    available: true,
  };
};

// The commonest shape: one row of counts from one query, one line per column of that row.
export const oneRow = async (input: SectionInput, sql: string, params: unknown[], keys: string[]): Promise<number[][]> => {
  const [row] = await input.manager.query<Record<string, number | string | null>[]>(sql, params);
  return keys.map((k) => [Number(row?.[k] ?? 0)]);
};
