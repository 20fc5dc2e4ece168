import { performance } from 'node:perf_hooks';
import { UserEntity } from '../src/modules/auth/user.entity';
import { toActor } from '../src/modules/auth/session.service';
import { parseCsv } from '../src/modules/imports/child-import.parse';
import { childImportService } from '../src/modules/imports/child-import.service';
import { generateChild, loadPlacements, prng } from '../src/db/seed/child-generator';
import { argValue, connect } from './connect';

// Measures the import of a generated CSV of N rows (default 100 000) as the lead officer of
// the demo district: parse + check + write, the same code the endpoint runs.
//   DATA_DIR=/tmp/bench EMBEDDED_PG_PORT=54441 pnpm --filter @cp/server bench:import --rows 100000
const main = async () => {
  const rows = argValue('rows', 100_000);
  const { dataSource, close } = await connect();
  try {
    const user = await dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'lead.officer' });
    const actor = await toActor(user, '00000000-0000-0000-0000-000000000000');
    const places = await loadPlacements(dataSource.manager);
    const [district] = await dataSource.query<{ code: string }[]>(`SELECT code FROM admin_unit WHERE id = $1`, [actor.jurisdictionId]);
    const inDistrict: { code: string }[] = await dataSource.query(
      `SELECT code FROM admin_unit WHERE level = 'COMMUNE' AND parent_id = $1`,
      [actor.jurisdictionId],
    );
    const codes = new Set(inDistrict.map((c) => c.code));
    const mine = places.filter((p) => codes.has(p.communeCode));
    const rand = prng(7);
    const lines = ['fullName,dateOfBirth,sex,communeCode,ethnicity,address,caregiverName,caregiverRelationship'];
    for (let i = 0; i < rows; i++) {
      const c = generateChild(rand, mine);
      const g = c.caregivers[0]!;
      lines.push(
        `${c.fullName},${c.dateOfBirth},${c.sex},${c.place.communeCode},${c.ethnicity},Bản ${i % 40},${g.fullName},${g.relationship}`,
      );
    }
    const csv = Buffer.from(lines.join('\n'));
    console.log(`district ${district?.code}: ${rows} rows, ${(csv.length / 1e6).toFixed(1)} MB CSV`);
    const who = { actor, locale: 'vi' as const, request: { requestId: 'bench', ip: '127.0.0.1', userAgent: 'bench' } };

    let t = performance.now();
    const parsed = parseCsv(csv);
    const dry = await childImportService.run(who, parsed, true);
    const dryMs = performance.now() - t;
    console.log(`dry run: ${dry.valid} valid, ${dry.errors.length} errors in ${(dryMs / 1000).toFixed(2)} s (parse + check)`);

    t = performance.now();
    const real = await childImportService.run(who, parseCsv(csv), false);
    const ms = performance.now() - t;
    console.log(`import: ${real.written} rows written in ${(ms / 1000).toFixed(2)} s = ${Math.round(real.written / (ms / 1000))} rows/s`);
  } finally {
    await close();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
