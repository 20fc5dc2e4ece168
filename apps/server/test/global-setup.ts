import 'reflect-metadata';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { createDataSource, setDataSource } from '../src/db/data-source';
import { prepareDatabase } from '../src/db/database-setup';
import { seedIfEmpty } from '../src/db/seed/seed';
import { provisionTestDatabase, type TestDatabase } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    ownerDatabaseUrl: string;
  }
}

let database: TestDatabase | null = null;

// Once per run: a fresh database, migrated by the owner, with the app's role granted as the
// server does it; then the reference data and demo accounts that the tests sign in as
// (commune1.officer, commune2.officer, analyst, auditor, ...), written as the app's role.
export const setup = async (project: TestProject): Promise<void> => {
  database = await provisionTestDatabase('int');
  const logger = pino({ level: 'warn' });
  await prepareDatabase(
    { appUrl: database.url, ownerUrl: database.ownerUrl, separateRoles: true, embedded: null },
    { statementTimeoutMs: 30_000, idleInTransactionTimeoutMs: 60_000 },
    logger,
  );
  const dataSource = createDataSource(database.url, 2);
  await dataSource.initialize();
  setDataSource(dataSource);
  await seedIfEmpty(dataSource, { demo: true, production: false }, logger);
  await dataSource.destroy();
  setDataSource(null);
  project.provide('databaseUrl', database.url);
  project.provide('ownerDatabaseUrl', database.ownerUrl);
};

export const teardown = async (): Promise<void> => {
  await database?.stop();
};
