import 'reflect-metadata';
import { env } from './config/env';
import { logger } from './common/logger';
import { checkSupportedVersion, createDataSource, setDataSource } from './db/data-source';
import { checkAppRole, prepareDatabase, resolveDatabase } from './db/database-setup';
import { explainStartupError } from './common/startup-errors';
import { seedIfEmpty } from './db/seed/seed';
import { startHttpServer } from './app/http';
import { startJobs, type JobRunner } from './jobs/job-runner';
import { JOBS } from './jobs/jobs';

// Stopped when start-up fails half-way, so that no PostgreSQL is left running without us.
let embeddedToStop: (() => Promise<void>) | null = null;

const main = async (): Promise<void> => {
  const started = Date.now();
  const target = await resolveDatabase(env, logger);
  const { embedded } = target;
  embeddedToStop = embedded ? embedded.stop : null;
  // Migrations and grants as the owner; everything after as the app's own role.
  await prepareDatabase(
    target,
    { statementTimeoutMs: env.dbStatementTimeoutMs, idleInTransactionTimeoutMs: env.dbIdleInTransactionTimeoutMs },
    logger,
  );
  const dataSource = createDataSource(target.appUrl);
  await dataSource.initialize();
  setDataSource(dataSource);
  const pgVersion = await checkSupportedVersion(dataSource);
  await checkAppRole(dataSource, env.production, logger);
  if (env.seedDemo || env.production) {
    await seedIfEmpty(dataSource, { demo: env.seedDemo, production: env.production, adminPassword: process.env.ADMIN_PASSWORD }, logger);
  }
  const jobs: JobRunner | null = env.runJobs && JOBS.length ? await startJobs(target.ownerUrl, JOBS, logger) : null;
  const server = await startHttpServer(env, dataSource);
  logger.info({ url: server.url, pgVersion, embedded: Boolean(embedded), ms: Date.now() - started }, 'child-protection is up');
  embeddedToStop = null;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await jobs?.stop().catch((err: unknown) => logger.error({ err }, 'jobs stop failed'));
    await server.stop().catch((err: unknown) => logger.error({ err }, 'http stop failed'));
    await dataSource.destroy().catch((err: unknown) => logger.error({ err }, 'pool close failed'));
    await embedded?.stop().catch((err: unknown) => logger.error({ err }, 'embedded postgres stop failed'));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
};

main().catch(async (err: unknown) => {
  await embeddedToStop?.().catch(() => undefined);
  const reason = explainStartupError(err);
  logger.fatal({ err, reason }, 'failed to start');
  // Also in plain words for whoever ran `pnpm start`, whatever the log level.
  process.stderr.write(`\nchild-protection could not start: ${reason}\n\n`);
  process.exit(1);
});
