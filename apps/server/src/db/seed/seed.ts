import type { DataSource } from 'typeorm';
import { Role } from '@cp/schema';
import type { Logger } from 'pino';
import { hashPassword } from '../../modules/auth/session.service';
import { importAdminUnits } from './admin-units.import';
import { seedDemo } from './demo.seed';
import { seedDemoRecords } from './demo-records.seed';
import { REFERENCE_SEEDS } from '../../app/modules';
import laiChau from './data/lai-chau-admin-units.json';

export type SeedOptions = { demo: boolean; production: boolean; adminPassword?: string };

// Runs once, on an empty database: reference data always; demo accounts and children only
// outside production; in production, a first admin account from ADMIN_PASSWORD when given.
export const seedIfEmpty = async (dataSource: DataSource, options: SeedOptions, logger: Logger): Promise<void> => {
  let seededDemo = false;
  await dataSource.transaction(async (tx) => {
    // One process seeds; others starting at the same time wait here and then find data.
    await tx.query('SELECT pg_advisory_xact_lock(727001)');
    const [{ n }] = await tx.query<[{ n: number }]>('SELECT count(*)::int AS n FROM admin_unit');
    if (n > 0) return;
    const units = await importAdminUnits(tx, laiChau);
    logger.info('imported the administrative units of Lai Châu');
    for (const seed of REFERENCE_SEEDS) await seed(tx);
    if (options.demo && options.production) {
      logger.error('refusing to create demo accounts with NODE_ENV=production');
    } else if (options.demo) {
      await seedDemo(tx, units);
      seededDemo = true;
      logger.info('created demo accounts (password demo-2021) and demo children');
    }
    if (options.production && options.adminPassword) {
      await tx.query(
        `INSERT INTO app_user (username, full_name, password_hash, role, jurisdiction_id) VALUES ('admin', 'Administrator', $1, $2, $3)`,
        [await hashPassword(options.adminPassword), Role.ADMIN, units.provinceId],
      );
      logger.info('created the first admin account from ADMIN_PASSWORD');
    }
  });
  // Reports and cases go through the API, so they need the demo accounts committed first.
  // They only decorate the demo: a failure is logged, not fatal.
  if (seededDemo) {
    await seedDemoRecords(logger).catch((err: unknown) => logger.warn({ err }, 'demo reports and cases were not created'));
  }
};
