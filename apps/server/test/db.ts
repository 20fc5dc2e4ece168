import type { DataSource } from 'typeorm';

// Tables of reference data that the seed fills once per run and tests only read. Every other
// table holds records that tests create, and is emptied before each test.
const KEEP = new Set(['_migrations', 'admin_unit', 'admin_unit_successor', 'agency', 'app_user', 'deadline_rule', 'public_holiday']);
// The 2021 directive and its duties are seeded once (demo seed) and read by the directive tests.
KEEP.add('directive');
KEEP.add('agency_duty');

export const resetRecords = async (dataSource: DataSource): Promise<void> => {
  const rows: { tablename: string }[] = await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
  const tables = rows.map((r) => r.tablename).filter((t) => !KEEP.has(t));
  if (tables.length) await dataSource.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY`);
  await dataSource.query(`DELETE FROM admin_unit WHERE source = 'test'`);
};
