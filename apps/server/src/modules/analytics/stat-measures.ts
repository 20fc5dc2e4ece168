import { Permission, StatDimension as D, StatMeasure } from '@cp/schema';
import { ageBand } from './stat-sql';
import { childRollupBase, rollupApplies, type RollupInput } from './child-rollup';

// One statistics source per measure: where its rows live and how each dimension and filter maps
// to SQL on them. The engine (stat-query.ts) groups by these expressions inside the caller's
// jurisdiction; adding a measure is adding one entry here (see docs/analytics.md, "Adding a measure").
//  - `from`: FROM clause (and joins); every expression below may use its aliases.
//  - `where`: fixed conditions; may use :refDate (the `to` filter, else today in Viet Nam).
//  - `scopeColumn`: the unit path of the row (access scope and the unitId filter).
//  - `unitColumn`: the commune the row belongs to; PROVINCE/DISTRICT/COMMUNE follow the unit tree from it.
//  - `dateColumn`: the event's calendar date in Asia/Ho_Chi_Minh (time buckets, from/to filters).
//  - `count`: the aggregate; `additive` when the total is the sum of the cells (a row is in one cell).
//  - `dimensions`: SQL per supported non-unit, non-time dimension (AGE_BAND gets :refDate).
//  - `filters`: the column each StatFilter equality filter applies to.
//  - `readPermission`: with it and a jurisdiction over the records, counts are exact (no suppression).
export type MeasureSource = {
  from: string;
  where: string[];
  scopeColumn: string;
  unitColumn: string;
  dateColumn: string;
  count: string;
  additive: boolean;
  dimensions: Partial<Record<D, string>>;
  filters: Partial<Record<'sex' | 'circumstance' | 'abuseForm', string>>;
  readPermission: Permission;
  // A roll-up table that answers some queries exactly without reading every row.
  rollup?: { applies: (input: RollupInput) => boolean; base: (input: RollupInput, named: Record<string, unknown>) => string };
};

// A child on the reference date: born on or before it, and not yet 18.
const isChild = (dob: string): string[] => [`${dob} <= :refDate::date`, `${dob} > (:refDate::date - interval '18 years')::date`];

const localDate = (timestamp: string): string => `(${timestamp} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

export const MEASURES: Partial<Record<StatMeasure, MeasureSource>> = {
  // Children in the registry who are under 18 on the reference date; time buckets by registration.
  [StatMeasure.CHILDREN]: {
    from: 'child c',
    where: isChild('c.date_of_birth'),
    scopeColumn: 'c.unit_path',
    unitColumn: 'c.commune_id',
    dateColumn: localDate('c.created_at'),
    count: 'count(*)',
    additive: true,
    dimensions: {
      [D.SEX]: 'c.sex',
      [D.AGE_BAND]: ageBand('c.date_of_birth'),
      [D.ETHNICITY]: "coalesce(c.ethnicity, '')",
    },
    filters: { sex: 'c.sex' },
    readPermission: Permission.CHILD_READ,
    rollup: { applies: rollupApplies, base: childRollupBase },
  },
  // Children with a special circumstance (Law on Children art. 10) open on the reference date;
  // time buckets by the date the circumstance began. A child in two groups counts once in each
  // group and once in the total.
  [StatMeasure.CHILDREN_IN_SPECIAL_CIRCUMSTANCES]: {
    from: 'child_circumstance cc JOIN child c ON c.id = cc.child_id',
    where: [...isChild('c.date_of_birth'), 'cc.since <= :refDate::date', '(cc.until IS NULL OR cc.until >= :refDate::date)'],
    scopeColumn: 'c.unit_path',
    unitColumn: 'c.commune_id',
    dateColumn: 'cc.since',
    count: 'count(DISTINCT c.id)',
    additive: false,
    dimensions: {
      [D.SEX]: 'c.sex',
      [D.AGE_BAND]: ageBand('c.date_of_birth'),
      [D.ETHNICITY]: "coalesce(c.ethnicity, '')",
      [D.CIRCUMSTANCE]: 'cc."group"',
    },
    filters: { sex: 'c.sex', circumstance: 'cc."group"' },
    readPermission: Permission.CHILD_READ,
  },
  // ABUSE_REPORTS, CASES_OPENED, CASES_CLOSED, DEADLINES_MET and DEADLINES_MISSED are registered
  // here by the modules that own their tables (abuse reports, cases, deadlines).
};

export const UNIT_DIMENSIONS: ReadonlySet<D> = new Set([D.PROVINCE, D.DISTRICT, D.COMMUNE]);
export const TIME_DIMENSIONS: Readonly<Partial<Record<D, string>>> = {
  [D.YEAR]: 'YYYY',
  [D.QUARTER]: 'YYYY-"Q"Q',
  [D.MONTH]: 'YYYY-MM',
};
