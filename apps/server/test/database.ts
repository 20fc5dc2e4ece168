import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { appRoleFor, urlAs } from '../src/db/database-roles';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../src/db/embedded-postgres';

// `url` is the application's own role (what the tests run as, like the server); `ownerUrl` the
// owner of the tables (migrations, grants, and the resets between tests).
export type TestDatabase = { url: string; ownerUrl: string; stop: () => Promise<void> };

// The app role of a test database is named after it (`<database>_app`): role names are shared
// by every database of the cluster, and parallel runs use databases of their own.
const TEST_APP_PASSWORD = 'app-test';

// A database for one test run: a fresh database on the server named by TEST_DATABASE_URL
// (its name must contain "test": it is emptied), or an embedded PostgreSQL in a temp dir.
export const provisionTestDatabase = async (suffix: string): Promise<TestDatabase> => {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    const url = new URL(given);
    const base = url.pathname.slice(1) || 'test';
    if (!base.includes('test')) throw new Error(`TEST_DATABASE_URL must name a test database, got "${base}"`);
    const name = `${base}_${suffix}`;
    const admin = new URL(given);
    admin.pathname = '/postgres';
    const { Client } = await import('pg');
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
    await ensureDatabase(admin.toString(), name);
    url.pathname = `/${name}`;
    const ownerUrl = url.toString();
    return { url: urlAs(ownerUrl, appRoleFor(name), TEST_APP_PASSWORD), ownerUrl, stop: async () => undefined };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cp-${suffix}-`));
  fs.chmodSync(dir, 0o755);
  const embedded = await startEmbeddedPostgres(dir, await freePort(), pino({ level: 'warn' }), 'cp_test');
  return {
    url: embedded.appUrl,
    ownerUrl: embedded.url,
    stop: async () => {
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
