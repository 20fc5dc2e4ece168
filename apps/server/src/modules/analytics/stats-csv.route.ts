import type { Request, Response } from 'express';
import { Permission, Sex, SpecialCircumstance, StatDimension, StatMeasure } from '@cp/schema';
import { AppError } from '../../common/app-error';
import { translate } from '../../common/i18n';
import type { Context } from '../../app/context';
import { statsService } from './stats.service';
import { statsToCsv } from './stats-csv';
import type { StatFilter } from './stat.types';

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)]);
const one = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// An optional filter must be one of its enum's values (sex=%00 reached SQL: issue 9, finding 12).
const notOneOf = (value: unknown, values: Record<string, string>): boolean =>
  value !== undefined && value !== '' && !(typeof value === 'string' && Object.values(values).includes(value));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// GET /api/stats.csv?measure=CHILDREN&groupBy=COMMUNE&groupBy=SEX&from=…&to=…&unitId=…&sex=…
// The same answer as the stats query (same scope and suppression), as a CSV download.
export const statsCsvHandler = async (req: Request, res: Response, ctx: Context): Promise<void> => {
  const fail = (status: number, key: string) => {
    res.status(status).type('text/plain; charset=utf-8').send(translate(ctx.locale, { key }));
  };
  if (!ctx.actor) return fail(401, 'error.UNAUTHENTICATED');
  if (!ctx.actor.permissions.has(Permission.STATS_READ)) return fail(403, 'error.FORBIDDEN');
  const measure = one(req.query.measure) as StatMeasure | undefined;
  const groupBy = list(req.query.groupBy) as StatDimension[];
  const dates = [one(req.query.from), one(req.query.to)];
  if (
    !measure || !(measure in StatMeasure) || groupBy.some((d) => !(d in StatDimension)) ||
    dates.some((d) => d !== undefined && !DATE.test(d)) || (one(req.query.unitId) !== undefined && !UUID.test(one(req.query.unitId)!)) ||
    notOneOf(req.query.sex, Sex) || notOneOf(req.query.circumstance, SpecialCircumstance)
  ) {
    return fail(400, 'error.BAD_USER_INPUT');
  }
  const filter: StatFilter = {
    unitId: one(req.query.unitId),
    from: dates[0],
    to: dates[1],
    sex: one(req.query.sex) as StatFilter['sex'],
    circumstance: one(req.query.circumstance) as StatFilter['circumstance'],
    currentUnits: req.query.currentUnits === 'true',
  };
  try {
    const result = await statsService.stats(ctx.actor, ctx.locale, measure, groupBy, filter);
    const name = `${measure.toLowerCase()}-${groupBy.map((d) => d.toLowerCase()).join('-') || 'total'}.csv`;
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.type('text/csv; charset=utf-8').send(statsToCsv(result, ctx.locale));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    res.status(error.code === 'NOT_FOUND' ? 404 : 400).type('text/plain; charset=utf-8').send(translate(ctx.locale, error.messageRef));
  }
};
