import { StatDimension } from '@cp/schema';
import type { SqlCondition } from '../auth/access-scope';
import type { RollupInput } from './child-rollup';
import { TIME_DIMENSIONS, UNIT_DIMENSIONS, type MeasureSource } from './stat-measures';

export type StatQueryInput = {
  source: MeasureSource;
  groupBy: readonly StatDimension[];
  scope: SqlCondition;
  refDate: string;
  from?: string;
  to?: string;
  unitPath?: string;
  equals: { column: string; value: string }[];
  currentUnits: boolean;
  // Set when the caller's scope (and unit filter) are communes or larger, for roll-ups.
  rollup?: Omit<RollupInput, 'groupBy' | 'refDate' | 'unitPath' | 'hasDateRange' | 'hasOtherFilters' | 'sex' | 'rowScope'>;
};

export type SqlQuery = { sql: string; params: unknown[] };

// Named parameters (:name) to PostgreSQL's $n; `::type` casts are left alone.
export const toPositional = (sql: string, named: Record<string, unknown>): SqlQuery => {
  const params: unknown[] = [];
  const index = new Map<string, number>();
  const text = sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => {
    if (!(name in named)) return whole;
    if (!index.has(name)) index.set(name, params.push(named[name]));
    return `$${index.get(name)}`;
  });
  return { sql: text, params };
};

const whereOf = (input: StatQueryInput, named: Record<string, unknown>): string => {
  const { source } = input;
  const conditions = [input.scope.sql, ...source.where];
  Object.assign(named, input.scope.params, { refDate: input.refDate });
  if (input.from) {
    conditions.push(`${source.dateColumn} >= :fromDate::date`);
    named.fromDate = input.from;
  }
  if (input.to) {
    conditions.push(`${source.dateColumn} <= :toDate::date`);
    named.toDate = input.to;
  }
  if (input.unitPath) {
    conditions.push(`${source.scopeColumn} LIKE :unitPath`);
    named.unitPath = `${input.unitPath}%`;
  }
  input.equals.forEach(({ column, value }, i) => {
    conditions.push(`${column} = :eq${i}`);
    named[`eq${i}`] = value;
  });
  return conditions.join(' AND ');
};

// The unit a row is counted under: the commune it was recorded in, or (currentUnits) the commune
// that succeeded it in a reform. PROVINCE and DISTRICT are that commune's ancestors.
const unitKey = (dimension: StatDimension): string => {
  if (dimension === StatDimension.COMMUNE) return 'u.id';
  if (dimension === StatDimension.DISTRICT) return "CASE WHEN p.level = 'DISTRICT' THEN p.id END";
  return "split_part(u.path, '/', 2)::uuid";
};

const rollupInput = (input: StatQueryInput): RollupInput | null => {
  if (!input.source.rollup || !input.rollup) return null;
  const sex = input.equals.find((e) => e.column === input.source.filters.sex)?.value;
  const candidate: RollupInput = {
    ...input.rollup,
    rowScope: input.scope,
    groupBy: input.groupBy,
    refDate: input.refDate,
    unitPath: input.unitPath,
    sex,
    hasDateRange: Boolean(input.from || input.to),
    hasOtherFilters: input.equals.some((e) => e.column !== input.source.filters.sex),
  };
  return input.source.rollup.applies(candidate) ? candidate : null;
};

// One GROUP BY over the measure's rows inside the scope (cells), then a small GROUP BY over those
// cells that places each commune in the unit tree. Keys come back as text, in groupBy order.
export const buildStatQuery = (input: StatQueryInput): SqlQuery => {
  const { source, groupBy } = input;
  const named: Record<string, unknown> = {};
  const where = whereOf(input, named);
  const usesUnits = groupBy.some((d) => UNIT_DIMENSIONS.has(d));
  const inner: string[] = [];
  if (usesUnits) inner.push(`${source.unitColumn} AS unit`);
  groupBy.forEach((d, i) => {
    if (UNIT_DIMENSIONS.has(d)) return;
    const format = TIME_DIMENSIONS[d];
    inner.push(`${format ? `to_char(${source.dateColumn}, '${format}')` : source.dimensions[d]} AS k${i}`);
  });
  const innerGroup = inner.map((_, i) => String(i + 1)).join(', ');
  const rollup = rollupInput(input);
  const base = rollup
    ? source.rollup!.base(rollup, named)
    : `SELECT ${[...inner, `${source.count} AS n`].join(', ')} FROM ${source.from} WHERE ${where}${innerGroup ? ` GROUP BY ${innerGroup}` : ''}`;
  const outerKeys = groupBy.map((d, i) => `(${UNIT_DIMENSIONS.has(d) ? unitKey(d) : `b.k${i}`})::text AS k${i}`);
  const mapped = input.currentUnits
    ? 'coalesce((SELECT min(s.successor_id::text)::uuid FROM admin_unit_successor s WHERE s.predecessor_id = b.unit), b.unit)'
    : 'b.unit';
  const joins = usesUnits ? ` JOIN admin_unit u ON u.id = ${mapped} LEFT JOIN admin_unit p ON p.id = u.parent_id` : '';
  const outerGroup = groupBy.map((_, i) => String(i + 1)).join(', ');
  const sql = `WITH b AS (${base}) SELECT ${[...outerKeys, 'sum(b.n)::int AS n'].join(', ')} FROM b${joins}${
    outerGroup ? ` GROUP BY ${outerGroup} ORDER BY ${outerGroup}` : ''
  }`;
  return toPositional(sql, named);
};

// The total of a measure whose rows may fall in several cells (count DISTINCT over them all).
export const buildTotalQuery = (input: StatQueryInput): SqlQuery => {
  const named: Record<string, unknown> = {};
  const where = whereOf(input, named);
  return toPositional(`SELECT ${input.source.count}::int AS n FROM ${input.source.from} WHERE ${where}`, named);
};
