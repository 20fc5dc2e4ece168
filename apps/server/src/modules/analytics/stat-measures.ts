import type { Permission, StatMeasure } from '@cp/schema';
import { StatDimension as D } from '@cp/schema';
import { contributionsTo, contribute, extensionPoint, type Contribution } from '../../common/module';
import type { RollupInput } from './child-rollup';

// One statistics source per measure: where its rows live and how each dimension and filter maps
// to SQL on them. The engine (stat-query.ts) groups by these expressions inside the caller's
// jurisdiction. The module that keeps the records contributes its measures in its manifest
// (`contributes: [statMeasures(...)]`, see docs/analytics.md, "Adding a measure").
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

export type StatMeasureContribution = { measure: StatMeasure; source: MeasureSource };

export const STAT_MEASURES = extensionPoint<StatMeasureContribution>('statMeasures');

export const statMeasures = (sources: Partial<Record<StatMeasure, MeasureSource>>): Contribution =>
  contribute(STAT_MEASURES, ...Object.entries(sources).map(([measure, source]) => ({ measure: measure as StatMeasure, source: source })));

// The source of a measure, from whichever module contributes it; undefined when none does yet.
export const measureSource = (measure: StatMeasure): MeasureSource | undefined =>
  contributionsTo(STAT_MEASURES).find((c) => c.measure === measure)?.source;

// A child on the reference date: born on or before it, and not yet 18.
export const isChild = (dob: string): string[] => [`${dob} <= :refDate::date`, `${dob} > (:refDate::date - interval '18 years')::date`];

// The calendar date of a timestamp in Viet Nam.
export const localDate = (timestamp: string): string => `(${timestamp} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

export const UNIT_DIMENSIONS: ReadonlySet<D> = new Set([D.PROVINCE, D.DISTRICT, D.COMMUNE]);
export const TIME_DIMENSIONS: Readonly<Partial<Record<D, string>>> = {
  [D.YEAR]: 'YYYY',
  [D.QUARTER]: 'YYYY-"Q"Q',
  [D.MONTH]: 'YYYY-MM',
};
