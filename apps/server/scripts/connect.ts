import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { env } from '../src/config/env';
import { logger } from '../src/common/logger';
import { createDataSource, setDataSource } from '../src/db/data-source';
import { prepareDatabase, resolveDatabase } from '../src/db/database-setup';
import { seedIfEmpty } from '../src/db/seed/seed';

// Scripts run against the configured database: DATABASE_URL, or the embedded one under
// DATA_DIR (started here, migrated and seeded like the app would).
// `asOwner` for tools that change indexes or analyse tables (generate.ts); the app's role otherwise.
export const connect = async ({ asOwner = false }: { asOwner?: boolean } = {}): Promise<{
  dataSource: DataSource;
  close: () => Promise<void>;
}> => {
  const target = await resolveDatabase(env, logger);
  const { embedded } = target;
  await prepareDatabase(
    target,
    { statementTimeoutMs: env.dbStatementTimeoutMs, idleInTransactionTimeoutMs: env.dbIdleInTransactionTimeoutMs },
    logger,
  );
  // Benchmarks run long statements: no statement timeout here.
  const dataSource = createDataSource(asOwner ? target.ownerUrl : target.appUrl, 4, null);
  await dataSource.initialize();
  setDataSource(dataSource);
  await seedIfEmpty(dataSource, { demo: env.seedDemo, production: env.production }, logger);
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
};

export const argValue = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};
