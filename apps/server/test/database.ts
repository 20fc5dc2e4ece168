import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../src/db/embedded-postgres';

export type TestDatabase = { url: string; stop: () => Promise<void> };

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
    return { url: url.toString(), stop: async () => undefined };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cp-${suffix}-`));
  fs.chmodSync(dir, 0o755);
  const embedded = await startEmbeddedPostgres(dir, await freePort(), pino({ level: 'warn' }), 'cp_test');
  return {
    url: embedded.url,
    stop: async () => {
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
