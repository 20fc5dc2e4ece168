import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createDataSource, setDataSource } from '../src/db/data-source';
import { resetRecords } from './db';
import { closeOwnerDb, ownerDb } from './owner-db';

// The tests run as the application's own database role, like the server: what it may not do
// (TRUNCATE, touch the audit log) fails in tests too. Resets run as the owner.
const dataSource = createDataSource(inject('databaseUrl'), 4);

beforeAll(async () => {
  await dataSource.initialize();
  setDataSource(dataSource);
});

beforeEach(async () => {
  await resetRecords(await ownerDb());
});

afterAll(async () => {
  await dataSource.destroy();
  await closeOwnerDb();
  setDataSource(null);
});
