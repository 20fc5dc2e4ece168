import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { TIME_ZONE } from '../common/dates';
import type { JobDefinition } from '../common/module';

// Scheduled jobs (each module's manifest lists its own): pg-boss keeps schedules and jobs in
// PostgreSQL (schema `pgboss`), so with several API processes each run happens once, in one of them.
export type { JobDefinition };

export type JobRunner = { stop: () => Promise<void> };

export const startJobs = async (databaseUrl: string, jobs: JobDefinition[], logger: Logger): Promise<JobRunner> => {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 2 });
  // A terminal's Ctrl-C or a supervisor's SIGTERM reaches an embedded PostgreSQL together with
  // us; its "terminating connection due to administrator command" (57P01) is then expected.
  boss.on('error', (err) => {
    if ((err as { code?: string }).code === '57P01') logger.info('job queue: database shutting down');
    else logger.error({ err }, 'job queue error');
  });
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron, {}, { tz: TIME_ZONE });
    await boss.work(job.name, async () => {
      const started = Date.now();
      await job.run();
      logger.info({ job: job.name, ms: Date.now() - started }, 'job done');
    });
  }
  logger.info({ jobs: jobs.map((j) => j.name) }, 'scheduled jobs started');
  return { stop: () => boss.stop({ graceful: true, timeout: 5000 }) };
};
