import { Permission, StatDimension as D, StatMeasure } from '@cp/schema';
import { childRollupBase, rollupApplies } from '../analytics/child-rollup';
import { isChild, localDate, statMeasures } from '../analytics/stat-measures';
import { ageBand } from '../analytics/stat-sql';

// The registry's statistics (see analytics/stat-measures.ts for what each field means).
export const childMeasures = statMeasures({
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
});
