// Benchmark: stats(CHILDREN, [COMMUNE, SEX]) over 1 000 000 children, as the analyst of the demo
// district (suppression on) and as the lead officer (exact). Runs in its own embedded PostgreSQL
// under BENCH_DATA_DIR (default /tmp/cp-bench-stats), fills it with SQL INSERT … SELECT
// generate_series (seconds, not minutes), then times the service call and prints p50/p95.
//   pnpm --filter @cp/server bench:stats            (BENCH_CHILDREN=1000000 BENCH_RUNS=30)
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import pino from 'pino';
import { StatDimension, StatMeasure } from '@cp/schema';
import { createDataSource, setDataSource } from '../src/db/data-source';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrate } from '../src/db/migrate';
import { seedIfEmpty } from '../src/db/seed/seed';
import { toActor } from '../src/modules/auth/session.service';
import { UserEntity } from '../src/modules/auth/user.entity';
import { statsService } from '../src/modules/analytics/stats.service';
import { measureSource } from '../src/modules/analytics/stat-measures';
import { buildStatQuery } from '../src/modules/analytics/stat-query';
import { aggregatePathCondition } from '../src/modules/auth/access-scope';
import { scopePathsFor } from '../src/modules/auth/jurisdiction';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DATA_DIR = process.env.BENCH_DATA_DIR ?? '/tmp/cp-bench-stats';
const PORT = Number(process.env.BENCH_PG_PORT ?? process.env.EMBEDDED_PG_PORT ?? 54444);
const logger = pino({ level: 'warn' });

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const fill = async (ds: ReturnType<typeof createDataSource>): Promise<void> => {
  const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM child');
  if (n === CHILDREN) return;
  const started = Date.now();
  await ds.query('TRUNCATE child, child_stat_month CASCADE');
  // Children spread over every commune of Lai Châu (old and new) and the demo villages, 0–17 years,
  // registered over five years; the unit path is set in the statement, not by the per-row trigger.
  await ds.query('ALTER TABLE child DISABLE TRIGGER child_unit_path');
  // 60 % in the communes of the demo district (Tam Đường, as the analyst sees it), 40 % across the province.
  const insert = (communeFilter: string, first: number, last: number) =>
    ds.query(
      `WITH communes AS (
         SELECT id, path, row_number() OVER (ORDER BY code, id) - 1 AS i FROM admin_unit u WHERE level = 'COMMUNE' AND ${communeFilter}),
       total AS (SELECT count(*) AS n FROM communes)
       INSERT INTO child (code, full_name, search_text, date_of_birth, sex, ethnicity, commune_id, unit_path, created_at)
       SELECT 'B-' || g, 'Trẻ em ' || g, 'tre em ' || g,
              date '2026-01-01' - (g * 7919 % 6570)::int,
              (ARRAY['MALE', 'FEMALE', 'FEMALE', 'MALE', 'UNKNOWN'])[1 + g % 5],
              (ARRAY['Thái', 'Mông', 'Dao', 'Kinh', 'Giáy'])[1 + g * 31 % 5],
              c.id, c.path, timestamptz '2021-01-01' + (g % 1826) * interval '1 day'
         FROM generate_series($1::bigint, $2::bigint) g
         JOIN communes c ON c.i = (g * 104729) % (SELECT n FROM total)`,
      [first, last],
    );
  const split = Math.round(CHILDREN * 0.6);
  await insert(`u.path LIKE (SELECT path || '%' FROM admin_unit WHERE level = 'DISTRICT' AND code = '106' LIMIT 1)`, 1, split);
  await insert('TRUE', split + 1, CHILDREN);
  await ds.query('ALTER TABLE child ENABLE TRIGGER child_unit_path');
  await ds.query('VACUUM ANALYZE child');
  await ds.query('VACUUM ANALYZE child_stat_month');
  await ds.query('ANALYZE admin_unit');
  console.log(`generated ${CHILDREN} children in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

const time = async (label: string, run: () => Promise<unknown>, runs = RUNS): Promise<void> => {
  for (let i = 0; i < Math.min(3, runs); i += 1) await run(); // warm the cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(58)} p50 ${percentile(samples, 50).toFixed(1)} ms   p95 ${percentile(samples, 95).toFixed(1)} ms   (${runs} runs)`,
  );
};

const main = async (): Promise<void> => {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const pg = await startEmbeddedPostgres(DATA_DIR, PORT, logger, 'bench');
  const ds = createDataSource(pg.url, 4);
  try {
    await ds.initialize();
    setDataSource(ds);
    await migrate(ds, logger);
    await seedIfEmpty(ds, { demo: true, production: false }, logger);
    await fill(ds);
    await ds.query('ANALYZE admin_unit');
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM child');
    console.log(`children: ${n}; machine: ${os.cpus().length} cores`);
    const as = async (username: string) => toActor(await ds.getRepository(UserEntity).findOneByOrFail({ username }), 'bench');
    const analyst = await as('analyst');
    const lead = await as('lead.officer');
    const admin = await as('admin');
    const { COMMUNE, SEX, AGE_BAND, MONTH, DISTRICT } = StatDimension;
    if (process.env.BENCH_EXPLAIN) {
      const source = measureSource(StatMeasure.CHILDREN)!;
      const query = buildStatQuery({
        source,
        groupBy: [COMMUNE, SEX],
        scope: aggregatePathCondition(admin, source.scopeColumn, await scopePathsFor(admin.jurisdictionId)),
        refDate: '2026-11-29',
        equals: [],
        currentUnits: false,
        rollup: { communeScope: aggregatePathCondition(admin, 'cu.path', await scopePathsFor(admin.jurisdictionId)), communeLevel: true },
      });
      const plan: { 'QUERY PLAN': string }[] = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params);
      console.log(plan.map((p) => p['QUERY PLAN']).join('\n'));
    }
    const probe = await statsService.stats({ actor: analyst, locale: 'vi', measure: StatMeasure.CHILDREN, groupBy: [COMMUNE, SEX] });
    console.log(`analyst's answer: ${probe.rows.length} cells, total ${probe.total}`);
    await time('stats(CHILDREN, [COMMUNE, SEX]) as analyst (district)', () =>
      statsService.stats({ actor: analyst, locale: 'vi', measure: StatMeasure.CHILDREN, groupBy: [COMMUNE, SEX] }),
    );
    await time('stats(CHILDREN, [COMMUNE, SEX]) as lead officer (district)', () =>
      statsService.stats({ actor: lead, locale: 'vi', measure: StatMeasure.CHILDREN, groupBy: [COMMUNE, SEX] }),
    );
    await time('stats(CHILDREN, [COMMUNE, SEX]) as admin (province)', () =>
      statsService.stats({ actor: admin, locale: 'vi', measure: StatMeasure.CHILDREN, groupBy: [COMMUNE, SEX] }),
    );
    await time(
      'stats(CHILDREN, [DISTRICT, AGE_BAND, MONTH]) as admin',
      () => statsService.stats({ actor: admin, locale: 'vi', measure: StatMeasure.CHILDREN, groupBy: [DISTRICT, AGE_BAND, MONTH] }),
      5,
    );
  } finally {
    await ds.destroy().catch(() => undefined);
    await pg.stop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
