import 'reflect-metadata';
import { env } from './config/env';
import { logger } from './common/logger';
import { checkSupportedVersion, createDataSource, setDataSource } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import { migrate } from './db/migrate';
import { seedIfEmpty } from './db/seed/seed';
import { startHttpServer } from './app/http';
import { startJobs, type JobRunner } from './jobs/job-runner';
import { JOBS } from './jobs/jobs';

const main = async (): Promise<void> => {
  const started = Date.now();
  let embedded: EmbeddedDatabase | null = null;
  let url = env.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(env.dataDir, env.embeddedPgPort, logger);
    url = embedded.url;
  }
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  setDataSource(dataSource);
  const pgVersion = await checkSupportedVersion(dataSource);
  await migrate(dataSource, logger);
  if (env.seedDemo || env.production) {
    await seedIfEmpty(dataSource, { demo: env.seedDemo, production: env.production, adminPassword: process.env.ADMIN_PASSWORD }, logger);
  }
  const jobs: JobRunner | null = env.runJobs && JOBS.length ? await startJobs(url, JOBS, logger) : null;
  const server = await startHttpServer(env, dataSource);
  logger.info({ url: server.url, pgVersion, embedded: Boolean(embedded), ms: Date.now() - started }, 'child-protection is up');

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

main().catch((err: unknown) => {
  logger.fatal({ err }, 'failed to start');
  process.exit(1);
});
