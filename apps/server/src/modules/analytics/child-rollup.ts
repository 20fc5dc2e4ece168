import { StatDimension as D } from '@cp/schema';
import { format, parseISO, startOfMonth, subYears } from 'date-fns';
import type { SqlCondition } from '../auth/access-scope';
import { ageBand } from './stat-sql';

// Children by commune, sex and age band read the roll-up child_stat_month (children per commune,
// sex and birth month, kept current by triggers) instead of every child. A whole birth month has
// one age band on the reference date unless it holds a band edge (the 3rd, 6th, 11th, 16th or
// 18th birthday falls on the reference date) or the reference date itself; those few months
// are counted from the children themselves, so the answer is exact.
export type RollupInput = {
  groupBy: readonly D[];
  refDate: string;
  communeScope: SqlCondition;
  // The same scope on the children's own unit path, for the edge months read from the children.
  rowScope: SqlCondition;
  unitPath?: string;
  sex?: string;
  // Scope and unit filter are communes or larger units (never a village): the roll-up has no villages.
  communeLevel: boolean;
  hasDateRange: boolean;
  hasOtherFilters: boolean;
};

const ROLLUP_DIMENSIONS = new Set<D>([D.PROVINCE, D.DISTRICT, D.COMMUNE, D.SEX, D.AGE_BAND]);
const UNITS = new Set<D>([D.PROVINCE, D.DISTRICT, D.COMMUNE]);
const EDGES = [0, 3, 6, 11, 16, 18];

export const rollupApplies = (input: RollupInput): boolean =>
  input.communeLevel && !input.hasDateRange && !input.hasOtherFilters && input.groupBy.every((d) => ROLLUP_DIMENSIONS.has(d));

const monthOf = (date: Date): string => format(startOfMonth(date), 'yyyy-MM-dd');

// The base rows (unit, k0…, n) of the CHILDREN measure from the roll-up plus the edge months.
export const childRollupBase = (input: RollupInput, named: Record<string, unknown>): string => {
  const ref = parseISO(input.refDate);
  const edges = EDGES.map((years) => monthOf(subYears(ref, years)));
  Object.assign(named, input.communeScope.params, {
    refDate: input.refDate,
    edgeMonths: `{${edges.join(',')}}`,
    oldestMonth: edges.at(-1),
    refMonth: edges[0],
  });
  const usesUnits = input.groupBy.some((d) => UNITS.has(d));
  const keys = (alias: 's' | 'c') =>
    input.groupBy.flatMap((d, i) => {
      if (UNITS.has(d)) return [];
      if (d === D.SEX) return [`${alias}.sex AS k${i}`];
      return [`${ageBand(alias === 's' ? 's.birth_month' : 'c.date_of_birth')} AS k${i}`];
    });
  Object.assign(named, input.rowScope.params);
  const common = (alias: 's' | 'c') => {
    const conditions = [alias === 's' ? input.communeScope.sql : input.rowScope.sql];
    if (input.unitPath) {
      conditions.push(`${alias === 's' ? 'cu.path' : 'c.unit_path'} LIKE :unitPath`);
      named.unitPath = `${input.unitPath}%`;
    }
    if (input.sex) {
      conditions.push(`${alias}.sex = :sex`);
      named.sex = input.sex;
    }
    return conditions;
  };
  const select = (alias: 's' | 'c', count: string) =>
    [...(usesUnits ? [`${alias}.commune_id AS unit`] : []), ...keys(alias), `${count} AS n`].join(', ');
  const groups = (usesUnits ? 1 : 0) + keys('s').length;
  const groupBy = groups ? ` GROUP BY ${Array.from({ length: groups }, (_, i) => i + 1).join(', ')}` : '';
  const months = [
    ...common('s'),
    's.birth_month > :oldestMonth::date',
    's.birth_month < :refMonth::date',
    's.birth_month <> ALL (:edgeMonths::date[])',
  ];
  // One index range per edge month (an index-only scan of child_stats_dob_idx each).
  const edgeRows = [
    ...common('c'),
    'c.date_of_birth >= e.m',
    "c.date_of_birth < (e.m + interval '1 month')::date",
    'c.date_of_birth <= :refDate::date',
    "c.date_of_birth > (:refDate::date - interval '18 years')::date",
  ];
  return `SELECT ${select('s', 'sum(s.n)')} FROM child_stat_month s JOIN admin_unit cu ON cu.id = s.commune_id WHERE ${months.join(' AND ')}${groupBy}
    UNION ALL
    SELECT ${select('c', 'count(*)')} FROM unnest(:edgeMonths::date[]) AS e(m) JOIN child c ON TRUE WHERE ${edgeRows.join(' AND ')}${groupBy}`;
};
