import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createDataSource, setDataSource } from '../src/db/data-source';
import { freePort, startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrate } from '../src/db/migrate';
import { seedIfEmpty } from '../src/db/seed/seed';
import { toActor } from '../src/modules/auth/session.service';
import { UserEntity } from '../src/modules/auth/user.entity';
import { periodicReportService } from '../src/modules/periodic-reports/periodic-report.service';
import { renderDocx } from '../src/modules/periodic-reports/render/docx';
import { renderPdf } from '../src/modules/periodic-reports/render/pdf';
import { renderXlsx } from '../src/modules/periodic-reports/render/xlsx';

// Measures the district periodic report with 100 000 children (and 5 % of them in special
// circumstances), spread over the district's communes and villages: compiling it in SQL, and
// each download. Runs on a fresh embedded PostgreSQL (or BENCH_DATABASE_URL, which it fills).
// Usage: pnpm --filter @cp/server bench:report   [CHILDREN=100000]
const CHILDREN = Number(process.env.CHILDREN ?? 100_000);
const logger = pino({ level: 'warn' });

const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const started = process.hrtime.bigint();
  const result = await fn();
  console.log(`${label.padEnd(34)} ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0).padStart(6)} ms`);
  return result;
};

const main = async () => {
  let stop: () => Promise<void> = async () => undefined;
  let url = process.env.BENCH_DATABASE_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-'));
  if (!url) {
    fs.chmodSync(dir, 0o755);
    const embedded = await startEmbeddedPostgres(dir, await freePort(), logger, 'cp_bench');
    url = embedded.url;
    stop = embedded.stop;
  }
  const dataSource = createDataSource(url, 4);
  await dataSource.initialize();
  setDataSource(dataSource);
  try {
    await migrate(dataSource, logger);
    await seedIfEmpty(dataSource, { demo: true, production: false }, logger);
    await time(`insert ${CHILDREN} children`, async () => {
      // Generated in one statement: each child in a commune of the district (and a village
      // where the commune has some), ages 0-17 at the end of 2021, both sexes.
      await dataSource.query(
        `WITH communes AS (
           SELECT row_number() OVER (ORDER BY u.code) - 1 AS i, u.id, u.code,
                  (SELECT v.id FROM admin_unit v WHERE v.parent_id = u.id AND v.level = 'VILLAGE' ORDER BY v.code LIMIT 1) AS village
             FROM admin_unit u JOIN admin_unit d ON d.id = u.parent_id
            WHERE d.code = '106' AND d.level = 'DISTRICT' AND u.level = 'COMMUNE'),
         n AS (SELECT count(*) AS k FROM communes)
         INSERT INTO child (code, full_name, search_text, date_of_birth, sex, commune_id, village_id)
         SELECT 'TE-B-' || g, 'Trẻ ' || g, 'tre ' || g, date '2021-12-31' - (g % 6570), (ARRAY['MALE', 'FEMALE'])[1 + g % 2],
                c.id, c.village
           FROM generate_series(1, $1::int) g, n
           JOIN communes c ON true
          WHERE c.i = g % n.k`,
        [CHILDREN],
      );
      await dataSource.query(
        `INSERT INTO child_circumstance (child_id, "group", since)
         SELECT id, (ARRAY['ORPHANED_BOTH_PARENTS','ABANDONED','WITHOUT_SUPPORT','DISABLED','HIV_AIDS','IN_CONFLICT_WITH_LAW','DRUG_ADDICTED',
                           'DROPPED_OUT_TO_WORK','HARMED_BY_VIOLENCE','EXPLOITED','SEXUALLY_ABUSED','TRAFFICKED','SERIOUS_ILLNESS_POOR_HOUSEHOLD',
                           'MIGRANT_UNACCOMPANIED'])[1 + (hashtext(id::text) & 2147483647) % 14], date '2020-01-01'
           FROM child WHERE (hashtext(id::text) & 2147483647) % 20 = 0`,
      );
      await dataSource.query('ANALYZE child; ANALYZE child_circumstance');
    });
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM child`);
    console.log(`children in the database: ${n}`);
    const lead = await dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'lead.officer' });
    const actor = await toActor(lead, '00000000-0000-0000-0000-000000000000');
    const [{ id: district }] = await dataSource.query(`SELECT id FROM admin_unit WHERE code = '106' AND level = 'DISTRICT'`);
    await periodicReportService.compile(actor, district, '2021-H2', 'vi'); // warm-up (plans, font files)
    const report = await time('compile district report (SQL)', () => periodicReportService.compile(actor, district, '2021-H2', 'vi'));
    console.log(
      `  children counted: ${report.sections[0]!.lines[0]!.values[0]}; in special circumstances: ${report.sections[1]!.lines[0]!.values[0]}`,
    );
    const xlsx = await time('  + render XLSX', () => renderXlsx(report));
    const pdf = await time('  + render PDF', () => renderPdf(report));
    const docx = await time('  + render DOCX', () => renderDocx(report));
    console.log(`  sizes: xlsx ${xlsx.length} B, pdf ${pdf.length} B, docx ${docx.length} B`);
    await time('compile + PDF, end to end', async () => renderPdf(await periodicReportService.compile(actor, district, '2021-H2', 'vi')));
  } finally {
    await dataSource.destroy();
    await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
