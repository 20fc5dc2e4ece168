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

const REPORT_SEX = "coalesce(c.sex, r.child_sex, 'UNKNOWN')";

// The age a reporter estimated, in the same bands; 'UNKNOWN' when nobody said.
const estimatedAgeBand = (age: string): string => `CASE
  WHEN ${age} IS NULL THEN 'UNKNOWN'
  WHEN ${age} <= 2 THEN '0-2'
  WHEN ${age} <= 5 THEN '3-5'
  WHEN ${age} <= 10 THEN '6-10'
  WHEN ${age} <= 15 THEN '11-15'
  ELSE '16-17' END`;

const caseMeasure = (eventColumn: string, where: string[]): MeasureSource => ({
  from: 'protection_case pc JOIN child c ON c.id = pc.child_id',
  where,
  scopeColumn: 'pc.unit_path',
  unitColumn: 'pc.commune_id',
  dateColumn: localDate(eventColumn),
  count: 'count(*)',
  additive: true,
  dimensions: {
    [D.SEX]: 'c.sex',
    [D.AGE_BAND]: ageBand('c.date_of_birth'),
    [D.CASE_STATUS]: 'pc.status',
    [D.PROTECTION_LEVEL]: 'pc.level',
  },
  filters: { sex: 'c.sex' },
  readPermission: Permission.CASE_READ,
});

const deadlineMeasure = (where: string[]): MeasureSource => ({
  from: `deadline d LEFT JOIN protection_case pc ON pc.id = d.case_id
    LEFT JOIN abuse_report r ON r.id = d.abuse_report_id`,
  where: ['d.cancelled_at IS NULL', ...where],
  scopeColumn: 'd.unit_path',
  unitColumn: 'coalesce(pc.commune_id, r.commune_id)',
  dateColumn: localDate('d.due_at'),
  count: 'count(*)',
  additive: true,
  dimensions: { [D.DEADLINE_KIND]: 'd.kind' },
  filters: {},
  readPermission: Permission.CASE_READ,
});

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
  // Abuse reports by the day they were received. The child's sex and age come from the linked
  // child when there is one, else from what the report says. A report of several forms of abuse
  // counts once in each form and once in the total. The reporter is never joined.
  [StatMeasure.ABUSE_REPORTS]: {
    from: `abuse_report r LEFT JOIN child c ON c.id = r.child_id
      LEFT JOIN LATERAL unnest(r.abuse_forms) AS af(form) ON true`,
    where: [],
    scopeColumn: 'r.unit_path',
    unitColumn: 'r.commune_id',
    dateColumn: localDate('r.received_at'),
    count: 'count(DISTINCT r.id)',
    additive: false,
    dimensions: {
      [D.SEX]: REPORT_SEX,
      [D.AGE_BAND]: `CASE WHEN c.date_of_birth IS NOT NULL THEN ${ageBand('c.date_of_birth')} ELSE ${estimatedAgeBand('r.child_age_estimate')} END`,
      [D.ABUSE_FORM]: "coalesce(af.form, 'OTHER')",
      [D.REPORT_CHANNEL]: 'r.channel',
    },
    filters: { sex: REPORT_SEX, abuseForm: 'af.form' },
    readPermission: Permission.REPORT_READ,
  },
  // Protection cases by the day they were opened (Decree 56 process), with their current status.
  [StatMeasure.CASES_OPENED]: caseMeasure('pc.opened_at', []),
  // Cases closed, by the day they were closed; a reopened case is open again and not counted.
  [StatMeasure.CASES_CLOSED]: caseMeasure('pc.closed_at', ['pc.closed_at IS NOT NULL']),
  // Deadlines of reports and cases (Decree 56 clocks) by their due date: met on time, or missed
  // (met late, or still open past due). Deadlines of closed cases are cancelled and not counted.
  [StatMeasure.DEADLINES_MET]: deadlineMeasure(['d.met_at IS NOT NULL', 'd.met_at <= d.due_at']),
  [StatMeasure.DEADLINES_MISSED]: deadlineMeasure(['((d.met_at IS NOT NULL AND d.met_at > d.due_at) OR (d.met_at IS NULL AND d.due_at < now()))']),
};

export const UNIT_DIMENSIONS: ReadonlySet<D> = new Set([D.PROVINCE, D.DISTRICT, D.COMMUNE]);
export const TIME_DIMENSIONS: Readonly<Partial<Record<D, string>>> = {
  [D.YEAR]: 'YYYY',
  [D.QUARTER]: 'YYYY-"Q"Q',
  [D.MONTH]: 'YYYY-MM',
};
