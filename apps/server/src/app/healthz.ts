import type { RequestHandler } from 'express';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';

// GET /healthz: 200 when the database answers, 503 when it does not, always within 2 s
// (issue 9, finding 20: a frozen PostgreSQL made it hang as long as the freeze). The probe has a
// pool of its own (one connection, short timeouts), so that it neither waits behind the app's
// busy connections nor adds to them while the database is stuck. It reads the sessions table,
// which every signed-in request reads: a lock that freezes the app freezes the probe too.
const TIMEOUT_MS = 1_500;

export type Healthz = { handler: RequestHandler; close: () => Promise<void> };

export const healthz = (dataSource: DataSource): Healthz => {
  const options = dataSource.options as { url?: string };
  const pool = new Pool({
    connectionString: options.url,
    max: 1,
    connectionTimeoutMillis: TIMEOUT_MS,
    statement_timeout: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS + 200,
    idleTimeoutMillis: 60_000,
    application_name: 'child-protection-healthz',
  });
  // An idle connection that breaks (the database restarted) is dropped, not thrown.
  pool.on('error', () => undefined);
  const probe = async (): Promise<'up' | 'down'> => {
    await pool.query('SELECT 1 FROM auth_session LIMIT 1');
    return 'up';
  };
  return {
    handler: async (_req, res) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), TIMEOUT_MS + 300);
      });
      const state = await Promise.race([probe().catch(() => 'down' as const), late]);
      clearTimeout(timer);
      res.setHeader('Cache-Control', 'no-store');
      if (state === 'up') {
        res.json({ status: 'ok', database: 'up' });
      } else {
        res.setHeader('Retry-After', '5');
        res.status(503).json({ status: 'error', database: state === 'late' ? 'not answering' : 'down' });
      }
    },
    close: () => pool.end(),
  };
};
