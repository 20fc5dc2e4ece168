import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Env } from '../config/env';
import { auditLogProblems, ensureAppRole, userOf, type AppRoleOptions } from './database-roles';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { migrate } from './migrate';

// Where the app's data lives, and as whom it connects:
// - DATABASE_URL alone: one role for everything (the old way; refused in production when that
//   role could erase the audit log, see checkAppRole);
// - DATABASE_URL (the app's role) + MIGRATION_DATABASE_URL (the owner): migrations and grants
//   as the owner at start-up, everything else as the app's role;
// - neither: an embedded PostgreSQL under DATA_DIR, with both roles made for you.
export type DatabaseTarget = { appUrl: string; ownerUrl: string; separateRoles: boolean; embedded: EmbeddedDatabase | null };

export const resolveDatabase = async (
  env: Pick<Env, 'databaseUrl' | 'migrationDatabaseUrl' | 'dataDir' | 'embeddedPgPort'>,
  logger: Logger,
): Promise<DatabaseTarget> => {
  if (env.databaseUrl) {
    const ownerUrl = env.migrationDatabaseUrl ?? env.databaseUrl;
    return { appUrl: env.databaseUrl, ownerUrl, separateRoles: userOf(ownerUrl) !== userOf(env.databaseUrl), embedded: null };
  }
  if (env.migrationDatabaseUrl) {
    throw new Error('MIGRATION_DATABASE_URL is set but DATABASE_URL is not: set both (your PostgreSQL) or neither (the embedded one).');
  }
  const embedded = await startEmbeddedPostgres(env.dataDir, env.embeddedPgPort, logger);
  return { appUrl: embedded.appUrl, ownerUrl: embedded.url, separateRoles: true, embedded };
};

// As the owner, on a connection of its own that lives only for this: pending migrations, then
// the app's role (created when missing and allowed) and its grants.
export const prepareDatabase = async (target: DatabaseTarget, options: AppRoleOptions, logger: Logger): Promise<void> => {
  const owner = createDataSource(target.ownerUrl, 2, null);
  await owner.initialize();
  try {
    await migrate(owner, logger);
    if (target.separateRoles) await ensureAppRole(owner, target.appUrl, options, logger);
  } finally {
    await owner.destroy();
  }
};

// On the app's own pool: a role that could erase the audit log is refused in production and
// reported everywhere else.
export const checkAppRole = async (dataSource: DataSource, production: boolean, logger: Logger): Promise<void> => {
  const problems = await auditLogProblems(dataSource);
  if (!problems.length) return;
  const [{ role }] = await dataSource.query<[{ role: string }]>('SELECT current_user AS role');
  const message =
    `The app connects to PostgreSQL as "${role}", which could erase or rewrite the audit log (${problems.join(', ')}). ` +
    'Give the app a plain role in DATABASE_URL and the owner in MIGRATION_DATABASE_URL (docs/operations.md, "Database roles").';
  if (production) throw new Error(message);
  logger.warn({ role, problems }, message);
};
