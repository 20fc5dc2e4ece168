// The server under test for Playwright: a fresh database (on TEST_DATABASE_URL's server when
// given, else an embedded PostgreSQL in a temp dir), demo data, the built web app. The server
// connects as the application's database role on both paths, as it does in production.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.PORT = process.env.E2E_PORT ?? '4100';
process.env.NODE_ENV = 'development';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';

const given = process.env.TEST_DATABASE_URL;
if (given) {
  const url = new URL(given);
  const name = `${url.pathname.slice(1) || 'test'}_e2e`;
  if (!name.includes('test')) throw new Error('TEST_DATABASE_URL must name a test database');
  const admin = new URL(given);
  admin.pathname = '/postgres';
  const { Client } = createRequire(path.join(root, 'apps/server/package.json'))('pg');
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  url.pathname = `/${name}`;
  // As in production: the owner migrates and grants; the server runs as the app's own role,
  // named after the database (role names are shared by every database of the cluster).
  process.env.MIGRATION_DATABASE_URL = url.toString();
  url.username = `${name.slice(0, 59)}_app`;
  url.password = 'app-test';
  process.env.DATABASE_URL = url.toString();
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-e2e-'));
  fs.chmodSync(dir, 0o755);
  process.env.DATA_DIR = dir;
  process.env.EMBEDDED_PG_PORT = process.env.E2E_PG_PORT ?? '54339';
}

await import(path.join(root, 'apps/server/dist/main.js'));
