import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createDataSource, setDataSource } from '../src/db/data-source';
import { resetRecords } from './db';

const dataSource = createDataSource(inject('databaseUrl'), 4);

beforeAll(async () => {
  await dataSource.initialize();
  setDataSource(dataSource);
});

beforeEach(async () => {
  await resetRecords(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
  setDataSource(null);
});
