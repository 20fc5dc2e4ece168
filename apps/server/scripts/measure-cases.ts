// Measures the case module at a realistic size: 20,000 abuse reports and 5,000 cases (with
// their deadlines) spread over the demo communes, then times the pages' queries as a commune
// officer (median of 20 runs) and the deadline arithmetic. Usage (from apps/server):
//   node -r @swc-node/register scripts/measure-cases.ts
import 'reflect-metadata';
import pino from 'pino';
import { provisionTestDatabase } from '../test/database';
import { execute } from '../test/execute';
import { createDataSource, setDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/migrate';
import { seedIfEmpty } from '../src/db/seed/seed';
import { computeDueAt } from '../src/modules/deadline-rules/working-days';
import { loadCalendar } from '../src/modules/deadline-rules/deadline-rules.service';

const REPORTS = 20_000;
const CASES = 5_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (label: string, fn: () => Promise<unknown>, runs = 20) => {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(52)} median ${median(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`);
};

const main = async () => {
  const database = await provisionTestDatabase('measure');
  const ds = createDataSource(database.url, 4);
  await ds.initialize();
  setDataSource(ds);
  const logger = pino({ level: 'warn' });
  await migrate(ds, logger);
  await seedIfEmpty(ds, { demo: true, production: false }, logger);
  try {
    await ds.query(`
      INSERT INTO abuse_report (code, received_at, channel, category, abuse_forms, commune_id, description, status, reporter_anonymous)
      SELECT 'TB-M-' || g, now() - (g || ' minutes')::interval, 'HOTLINE_111', 'ABUSED', ARRAY['VIOLENCE'],
             (SELECT id FROM admin_unit WHERE code = (ARRAY['03412','03424','03427'])[1 + g % 3] AND level = 'COMMUNE' LIMIT 1), 'x', 'RECEIVED', g % 2 = 0
        FROM generate_series(1, ${REPORTS}) g`);
    await ds.query(`
      INSERT INTO deadline (kind, abuse_report_id, unit_path, responsible_role, starts_at, due_at, due_soon_at, met_at)
      SELECT 'INITIAL_ASSESSMENT', id, unit_path, 'COMMUNE_OFFICER', received_at, received_at + interval '12 hours', received_at + interval '8 hours',
             CASE WHEN random() < 0.9 THEN received_at + interval '2 hours' END FROM abuse_report`);
    await ds.query(`
      INSERT INTO child (code, full_name, search_text, date_of_birth, sex, commune_id)
      SELECT 'TE-M-' || g, 'Trẻ ' || g, 'tre ' || g, DATE '2015-01-01', 'MALE', (SELECT id FROM admin_unit WHERE code = (ARRAY['03412','03424','03427'])[1 + g % 3] AND level = 'COMMUNE' LIMIT 1)
        FROM generate_series(1, ${CASES}) g`);
    await ds.query(`
      INSERT INTO protection_case (code, child_id, commune_id, level, status, received_at)
      SELECT 'HS-M-' || c.code, c.id, c.commune_id, 'SUPPORT', 'NEEDS_ASSESSMENT', now() - interval '3 days' FROM child c WHERE c.code LIKE 'TE-M-%'`);
    await ds.query(`
      INSERT INTO deadline (kind, case_id, unit_path, responsible_role, starts_at, due_at, due_soon_at)
      SELECT 'PLAN_SUBMISSION', id, unit_path, 'COMMUNE_OFFICER', received_at, received_at + interval '7 days', received_at + interval '6 days' FROM protection_case`);
    await ds.query('ANALYZE');
    const open: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM deadline WHERE met_at IS NULL AND unit_path LIKE (SELECT path FROM admin_unit WHERE code = '03412' AND level = 'COMMUNE' LIMIT 1) || '%'`,
    );
    console.log(`data: ${REPORTS} reports, ${CASES} cases; commune 1 has ${open[0]!.n} open deadlines`);

    const as = 'commune1.officer' as const;
    await time('abuseReports(first: 20) { totalCount nodes {…} }', () =>
      execute(`{ abuseReports(first: 20) { totalCount nodes { id code commune { name } initialAssessmentDueAt } } }`, { as }),
    );
    await time('abuseReports(filter: { overdue: true }, first: 20)', () =>
      execute(`{ abuseReports(filter: { overdue: true }, first: 20) { totalCount nodes { id } } }`, { as }),
    );
    await time('cases(first: 20) with child, deadlines, plan', () =>
      execute(`{ cases(first: 20) { totalCount nodes { id child { fullName } deadlines { state } plan { version } } } }`, { as }),
    );
    await time('myWorklist (up to 200 items, with case/report)', () =>
      execute(`{ myWorklist { title deadline { state } case { code } abuseReport { code } } }`, { as }),
    );
    const calendar = await loadCalendar(ds.manager);
    const t0 = performance.now();
    for (let i = 0; i < 100_000; i++) computeDueAt(new Date(Date.UTC(2021, 0, 1) + i * 3_600_000), 'WORKING_DAYS', 5, calendar);
    console.log(`computeDueAt(5 working days) x 100,000: ${(performance.now() - t0).toFixed(0)} ms`);
    const plan: { 'QUERY PLAN': string }[] = await ds.query(
      `EXPLAIN SELECT * FROM deadline d WHERE d.met_at IS NULL AND d.cancelled_at IS NULL AND d.unit_path LIKE '/x/%' ORDER BY d.due_at LIMIT 200`,
    );
    console.log('worklist plan:', plan.map((p) => p['QUERY PLAN']).join(' | '));
  } finally {
    await ds.destroy();
    await database.stop();
  }
};

void main();
