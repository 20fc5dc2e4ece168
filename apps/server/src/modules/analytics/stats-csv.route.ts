import type { Request } from 'express';
import { Permission, Sex, SpecialCircumstance, StatDimension, StatMeasure } from '@cp/schema';
import { AppError, AppErrorCode } from '../../common/app-error';
import { defineRoute } from '../../common/http-route';
import { statsService } from './stats.service';
import { statsToCsv } from './stats-csv';
import type { StatFilter } from './stat.types';

// A repeated parameter is an array; anything that is not a plain string (a[b]=c) is kept as '' so
// that it fails validation.
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : value === undefined ? [] : [text(value)]);
const one = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(values: Record<string, T>, value: string | undefined): boolean =>
  value === undefined || (Object.values(values) as string[]).includes(value);

// The query string as the stats query's arguments; anything malformed is the caller's input error
// (enum values are checked here as GraphQL checks them, before they reach SQL).
const parse = (q: Request['query']): { measure: StatMeasure; groupBy: StatDimension[]; filter: StatFilter } => {
  const measure = one(q.measure);
  const groupBy = list(q.groupBy);
  const dates = [one(q.from), one(q.to)];
  const unitId = one(q.unitId);
  if (
    !measure ||
    !oneOf(StatMeasure, measure) ||
    groupBy.some((d) => !oneOf(StatDimension, d)) ||
    dates.some((d) => d !== undefined && !DATE.test(d)) ||
    (unitId !== undefined && !UUID.test(unitId)) ||
    !oneOf(Sex, one(q.sex)) ||
    !oneOf(SpecialCircumstance, one(q.circumstance))
  ) {
    throw new AppError(AppErrorCode.BAD_USER_INPUT);
  }
  return {
    measure: measure as StatMeasure,
    groupBy: groupBy as StatDimension[],
    filter: {
      unitId,
      from: dates[0],
      to: dates[1],
      sex: one(q.sex) as StatFilter['sex'],
      circumstance: one(q.circumstance) as StatFilter['circumstance'],
      currentUnits: q.currentUnits === 'true',
    },
  };
};

// GET /api/stats.csv?measure=CHILDREN&groupBy=COMMUNE&groupBy=SEX&from=…&to=…&unitId=…&sex=…
// The same answer as the stats query (same scope and suppression), as a CSV download.
export const statsCsvRoutes = [
  defineRoute({
    method: 'GET',
    path: '/stats.csv',
    access: { permission: Permission.STATS_READ },
    handle: async (req, res, ctx) => {
      const { measure, groupBy, filter } = parse(req.query);
      const result = await statsService.stats({ actor: ctx.actor, locale: ctx.locale, measure, groupBy, filter });
      const name = `${measure.toLowerCase()}-${groupBy.map((d) => d.toLowerCase()).join('-') || 'total'}.csv`;
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      res.type('text/csv; charset=utf-8').send(statsToCsv(result, ctx.locale));
    },
  }),
];
