import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';

// The owner of the tables, for what the application's role may not do: emptying tables between
// tests, and looking at pg-boss's schema. Tests of the app's behaviour use db() (the app role).
let owner: DataSource | null = null;

export const ownerDb = async (): Promise<DataSource> => {
  if (!owner) {
    owner = createDataSource(inject('ownerDatabaseUrl'), 1, null);
    await owner.initialize();
  }
  return owner;
};

export const closeOwnerDb = async (): Promise<void> => {
  await owner?.destroy();
  owner = null;
};
