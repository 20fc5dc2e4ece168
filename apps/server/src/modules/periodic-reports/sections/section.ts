import type { EntityManager } from 'typeorm';
import type { Locale } from '@cp/schema';
import type { Period } from '../../directives/reporting-period';

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

// A section of the periodic report. `requires` names the tables and columns it counts; when
// they do not exist yet (built by another module, not merged yet), the section is still
// listed, with the same lines and null values, shown as "không có dữ liệu".
export type SectionDefinition = {
  key: string;
  requires?: Record<string, string[]>;
  columns?: (input: SectionInput) => string[];
  // the line labels, known without data (used for the placeholder as well)
  labels: (input: SectionInput) => string[];
  // one array of values per label, from one SQL aggregate
  values: (input: SectionInput) => Promise<(number | null)[][]>;
};

export const requirementsMet = async (manager: EntityManager, requires: Record<string, string[]> | undefined): Promise<boolean> => {
  if (!requires) return true;
  const wanted = Object.entries(requires).flatMap(([table, columns]) => columns.map((column) => `${table}.${column}`));
  const rows: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name || '.' || column_name = ANY($1)`,
    [wanted],
  );
  return rows[0]!.n === wanted.length;
};

export const compileSection = async (def: SectionDefinition, input: SectionInput): Promise<CompiledSection> => {
  const labels = def.labels(input);
  const columns = def.columns?.(input) ?? [input.t('report.column.count')];
  const available = await requirementsMet(input.manager, def.requires);
  const values = available ? await def.values(input) : labels.map(() => columns.map(() => null));
  return {
    key: def.key,
    title: input.t(`report.section.${def.key}`),
    columns,
    lines: labels.map((label, i) => ({ label, values: values[i] ?? columns.map(() => null) })),
    available,
  };
};

// The commonest shape: one row of counts from one query, one line per column of that row.
export const oneRow = async (input: SectionInput, sql: string, params: unknown[], keys: string[]): Promise<number[][]> => {
  const [row] = (await input.manager.query(sql, params)) as Record<string, number | string | null>[];
  return keys.map((k) => [Number(row?.[k] ?? 0)]);
};
