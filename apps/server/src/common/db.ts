import type { DataSource } from 'typeorm';

let current: DataSource | null = null;

// The process's one connection pool, set at boot (main.ts) or by the test kit.
export const setDataSource = (dataSource: DataSource | null): void => {
  current = dataSource;
};

export const db = (): DataSource => {
  if (!current) throw new Error('the data source is not initialised');
  return current;
};
