import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { env } from '../src/config/env';
import { logger } from '../src/common/logger';
import { createDataSource, setDataSource } from '../src/db/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres';
import { migrate } from '../src/db/migrate';
import { seedIfEmpty } from '../src/db/seed/seed';

// Scripts run against the configured database: DATABASE_URL, or the embedded one under
// DATA_DIR (started here, migrated and seeded like the app would).
export const connect = async (): Promise<{ dataSource: DataSource; close: () => Promise<void> }> => {
  let embedded: EmbeddedDatabase | null = null;
  let url = env.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(env.dataDir, env.embeddedPgPort, logger);
    url = embedded.url;
  }
  const dataSource = createDataSource(url, 4);
  await dataSource.initialize();
  setDataSource(dataSource);
  await migrate(dataSource, logger);
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
