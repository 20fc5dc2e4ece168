import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';

// Several API processes may start together against one database: one migrates, the others
// wait on the advisory lock and then find nothing to do.
export const migrate = async (dataSource: DataSource, logger: Logger): Promise<void> => {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(727000)');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  } finally {
    await runner.query('SELECT pg_advisory_unlock(727000)').catch(() => undefined);
    await runner.release();
  }
};
