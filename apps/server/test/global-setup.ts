import 'reflect-metadata';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { createDataSource, setDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/migrate';
import { seedIfEmpty } from '../src/db/seed/seed';
import { provisionTestDatabase, type TestDatabase } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let database: TestDatabase | null = null;

// Once per run: a fresh database, migrated, with the reference data and demo accounts that
// the tests sign in as (commune1.officer, commune2.officer, analyst, auditor, ...).
export const setup = async (project: TestProject): Promise<void> => {
  database = await provisionTestDatabase('int');
  const dataSource = createDataSource(database.url, 2);
  await dataSource.initialize();
  const logger = pino({ level: 'warn' });
  setDataSource(dataSource);
  await migrate(dataSource, logger);
  await seedIfEmpty(dataSource, { demo: true, production: false }, logger);
  await dataSource.destroy();
  setDataSource(null);
  project.provide('databaseUrl', database.url);
};

export const teardown = async (): Promise<void> => {
  await database?.stop();
};
