import { StatDimension, StatMeasure, enumLabel, type Locale } from '@cp/schema';
import { env } from '../../config/env';
import { AppError, AppErrorCode } from '../../common/app-error';
import { todayInVietnam } from '../../common/dates';
import { db } from '../../common/db';
import type { Actor } from '../../common/actor';
import { aggregatePathCondition, pathOverlaps } from '../auth/access-scope';
import { scopePathsFor } from '../auth/jurisdiction';
import { keyLabel, type UnitInfo } from './stat-labels';
import { UNIT_DIMENSIONS, TIME_DIMENSIONS, measureSource, type MeasureSource } from './stat-measures';
import { buildStatQuery, buildTotalQuery, type StatQueryInput } from './stat-query';
import type { StatFilter, StatResult } from './stat.types';
import { suppress } from './suppression';

export const MAX_DIMENSIONS = 3;

const bad = (key: string, values?: Record<string, string | number>) => new AppError(AppErrorCode.BAD_USER_INPUT, { key, values });

const sourceFor = (measure: StatMeasure, groupBy: readonly StatDimension[], locale: Locale): MeasureSource => {
  const source = measureSource(measure);
  if (!source) throw bad('stats.measureNotAvailable', { measure: translateEnum('StatMeasure', measure, locale) });
  if (groupBy.length > MAX_DIMENSIONS) throw bad('stats.tooManyDimensions', { max: MAX_DIMENSIONS });
  if (new Set(groupBy).size !== groupBy.length) throw bad('stats.duplicateDimension');
  for (const d of groupBy) {
    if (!UNIT_DIMENSIONS.has(d) && !TIME_DIMENSIONS[d] && !source.dimensions[d]) {
      throw bad('stats.dimensionNotSupported', {
        measure: translateEnum('StatMeasure', measure, locale),
        dimension: translateEnum('StatDimension', d, locale),
      });
    }
  }
  return source;
};

const translateEnum = (name: string, value: string, locale: Locale) => enumLabel(name, value, locale);

const unitPathOf = async (unitId: string, allowed: readonly string[]): Promise<string> => {
  const rows: { path: string }[] = await db().query('SELECT path FROM admin_unit WHERE id = $1', [unitId]);
  // A unit outside the caller's reach does not exist for them.
  if (!rows[0] || !pathOverlaps(allowed, rows[0].path)) throw AppError.notFound();
  return rows[0].path;
};

const unitsById = async (ids: string[]): Promise<Map<string, UnitInfo>> => {
  if (ids.length === 0) return new Map();
  const rows: { id: string; code: string; name: string; valid_to: string | null }[] = await db().query(
    `SELECT id, code, name, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM admin_unit WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name, validTo: r.valid_to }]));
};

export type StatsRequest = { actor: Actor; locale: Locale; measure: StatMeasure; groupBy: StatDimension[]; filter?: StatFilter };

export const statsService = {
  // Counts with SQL GROUP BY inside the caller's reach, labelled in their language, with small
  // cells suppressed unless the caller may read the records counted.
  stats: async ({ actor, locale, measure, groupBy, filter = {} }: StatsRequest): Promise<StatResult> => {
    const source = sourceFor(measure, groupBy, locale);
    if (filter.from && filter.to && filter.from > filter.to) throw AppError.field('filter.from', 'stats.dateRange');
    const jurisdictionPaths = actor.recordScope === 'NONE' ? await scopePathsFor(actor.jurisdictionId) : actor.scopePaths;
    const equals = (['sex', 'circumstance', 'abuseForm'] as const).flatMap((name) => {
      const value = filter[name];
      if (!value) return [];
      const column = source.filters[name];
      if (!column) throw bad('stats.dimensionNotSupported', { measure: translateEnum('StatMeasure', measure, locale), dimension: name });
      return [{ column, value: String(value) }];
    });
    const input: StatQueryInput = {
      source,
      groupBy,
      scope: aggregatePathCondition(actor, source.scopeColumn, jurisdictionPaths),
      refDate: filter.to ?? todayInVietnam(),
      from: filter.from,
      to: filter.to,
      unitPath: filter.unitId ? await unitPathOf(filter.unitId, jurisdictionPaths) : undefined,
      equals,
      currentUnits: filter.currentUnits ?? false,
    };
    // Roll-ups hold communes, not villages: usable only when no path involved is a village's.
    if (source.rollup) {
      const paths = [...jurisdictionPaths, ...(input.unitPath ? [input.unitPath] : [])];
      const [{ villages }] = await db().query<[{ villages: number }]>(
        `SELECT count(*)::int AS villages FROM admin_unit WHERE path = ANY($1) AND level = 'VILLAGE'`,
        [paths],
      );
      input.rollup = {
        communeScope: aggregatePathCondition(actor, 'cu.path', jurisdictionPaths),
        communeLevel: villages === 0 && (actor.recordScope === 'NONE' || actor.scopePaths.length > 0),
      };
    }
    const query = buildStatQuery(input);
    const cells = await db().query<Record<string, string | number | null>[]>(query.sql, query.params);
    let total = cells.reduce((a, c) => a + Number(c.n), 0);
    if (!source.additive) {
      const totalQuery = buildTotalQuery(input);
      total = Number((await db().query<{ n: string | number }[]>(totalQuery.sql, totalQuery.params))[0]?.n ?? 0);
    }
    const exact = actor.recordScope === 'JURISDICTION' && actor.permissions.has(source.readPermission);
    const values = cells.map((c) => Number(c.n));
    const published = exact ? { values, total } : suppress(values, env.statsMinCellSize);
    // A measure whose rows fall in several cells publishes no total beside a suppressed cell.
    const anySuppressed = published.values.some((v) => v === null);
    const unitIds = cells.flatMap((c) => groupBy.flatMap((d, i) => (UNIT_DIMENSIONS.has(d) && c[`k${i}`] ? [String(c[`k${i}`])] : [])));
    const units = await unitsById([...new Set(unitIds)]);
    return {
      measure,
      groupBy,
      rows: cells.map((c, r) => ({
        keys: groupBy.map((dimension, i) => ({ dimension, ...keyLabel(dimension, c[`k${i}`] as string | null, locale, units) })),
        value: published.values[r]!,
        suppressed: published.values[r] === null,
      })),
      total: source.additive ? published.total : anySuppressed ? null : total,
      minCellSize: env.statsMinCellSize,
      exact,
      generatedAt: new Date(),
    };
  },
};
