import pino from 'pino';
import { describe, expect, inject, it } from 'vitest';
import { ownerDb } from '../../test/owner-db';
import { startJobs } from './job-runner';

// pg-boss keeps its queue in a schema of its own, created and used as the owner (as main.ts
// does): the app's role has no rights there.
describe('scheduled jobs', () => {
  it('stores the schedule in PostgreSQL, in Viet Nam time, so that one process runs each tick', async () => {
    const runner = await startJobs(
      inject('ownerDatabaseUrl'),
      [{ name: 'test-noop', cron: '0 7 * * *', run: async () => undefined }],
      pino({ level: 'silent' }),
    );
    try {
      const rows: { name: string; cron: string; timezone: string }[] = await (
        await ownerDb()
      ).query(`SELECT name, cron, timezone FROM pgboss.schedule WHERE name = 'test-noop'`);
      expect(rows).toEqual([{ name: 'test-noop', cron: '0 7 * * *', timezone: 'Asia/Ho_Chi_Minh' }]);
    } finally {
      await runner.stop();
    }
  });
});
