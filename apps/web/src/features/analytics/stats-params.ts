import { Sex, StatDimension, StatMeasure } from '@cp/schema';
import type { AnalyticsRouteQueryVariables } from '../../__generated__/graphql';

export const MAX_DIMENSIONS = 3;
const MEASURES = Object.values(StatMeasure) as string[];
const DIMENSIONS = Object.values(StatDimension) as string[];
const SEXES = Object.values(Sex) as string[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// The analysis lives in the URL (?measure=…&g=COMMUNE&g=SEX&from=…&to=…&sex=…&cu=1), so that
// reload, Back and shared links keep it. Unknown values are dropped, not sent.
export const statsVariables = (params: URLSearchParams): AnalyticsRouteQueryVariables => {
  const measure = params.get('measure') ?? '';
  const groupBy = [...new Set(params.getAll('g').filter((d) => DIMENSIONS.includes(d)))].slice(0, MAX_DIMENSIONS);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const sex = params.get('sex') ?? '';
  return {
    measure: (MEASURES.includes(measure) ? measure : StatMeasure.CHILDREN) as AnalyticsRouteQueryVariables['measure'],
    groupBy: (params.has('g') ? groupBy : [StatDimension.COMMUNE, StatDimension.SEX]) as AnalyticsRouteQueryVariables['groupBy'],
    filter: {
      ...(DATE.test(from) ? { from } : {}),
      ...(DATE.test(to) ? { to } : {}),
      ...(SEXES.includes(sex) ? { sex: sex as Sex } : {}),
      ...(params.get('cu') === '1' ? { currentUnits: true } : {}),
    },
  };
};

// The same answer as a CSV file from the server (same scope and suppression).
export const statsCsvUrl = (v: AnalyticsRouteQueryVariables): string => {
  const query = new URLSearchParams({ measure: v.measure });
  const dims = Array.isArray(v.groupBy) ? v.groupBy : [v.groupBy];
  dims.forEach((d) => query.append('groupBy', d));
  const f = v.filter ?? {};
  if (f.from) query.set('from', String(f.from));
  if (f.to) query.set('to', String(f.to));
  if (f.sex) query.set('sex', f.sex);
  if (f.currentUnits) query.set('currentUnits', 'true');
  return `/api/stats.csv?${query.toString()}`;
};
