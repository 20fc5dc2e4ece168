import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export const createDataSource = (url: string, poolSize = 10): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: '_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, application_name: 'child-protection' },
  });

// The pool accessor lives in common/ (modules use it); boot code and scripts may import it here.
export { db, setDataSource } from '../common/db';

export const checkSupportedVersion = async (dataSource: DataSource): Promise<number> => {
  const rows: { server_version_num: string }[] = await dataSource.query('SHOW server_version_num');
  const version = Math.floor(Number(rows[0]?.server_version_num) / 10000);
  if (version < 15) throw new Error(`PostgreSQL ${version} is not supported: use 15 to 18`);
  return version;
};
