import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { env } from '../config/env';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// Limits on the app's connections, so that a slow or frozen database fails requests instead of
// holding them: the server cancels a statement after statement_timeout and ends a transaction
// left idle; the client gives up on a connection after connect timeout, and on an answer that
// never comes (a frozen server cannot cancel anything) a little after the statement timeout.
export type DbTimeouts = { statementMs: number; idleInTransactionMs: number; connectMs: number };

export const appTimeouts = (): DbTimeouts => ({
  statementMs: env.dbStatementTimeoutMs,
  idleInTransactionMs: env.dbIdleInTransactionTimeoutMs,
  connectMs: env.dbConnectTimeoutMs,
});

const poolOptions = (timeouts: DbTimeouts | null): Record<string, unknown> =>
  timeouts
    ? {
        statement_timeout: timeouts.statementMs || false,
        idle_in_transaction_session_timeout: timeouts.idleInTransactionMs || false,
        query_timeout: timeouts.statementMs ? timeouts.statementMs + 5_000 : false,
        connectionTimeoutMillis: timeouts.connectMs,
      }
    : {};

// `timeouts: null` is for the owner's short-lived connection that runs migrations, which may
// legitimately take longer than any request.
export const createDataSource = (url: string, poolSize = 10, timeouts: DbTimeouts | null = appTimeouts()): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: '_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, application_name: 'child-protection', keepAlive: true, ...poolOptions(timeouts) },
  });

// The pool accessor lives in common/ (modules use it); boot code and scripts may import it here.
export { db, setDataSource } from '../common/db';

export const checkSupportedVersion = async (dataSource: DataSource): Promise<number> => {
  const rows: { server_version_num: string }[] = await dataSource.query('SHOW server_version_num');
  const version = Math.floor(Number(rows[0]?.server_version_num) / 10000);
  if (version < 15) throw new Error(`PostgreSQL ${version} is not supported: use 15 to 18`);
  return version;
};
