import type { DataSource } from 'typeorm';

// Records tests create; the reference data (units, agencies, demo users) stays.
const RECORD_TABLES = ['child_circumstance', 'caregiver', 'child', 'client_mutation', 'audit_event', 'auth_session', 'login_failure'];

export const resetRecords = async (dataSource: DataSource): Promise<void> => {
  await dataSource.query(`TRUNCATE ${RECORD_TABLES.join(', ')} RESTART IDENTITY`);
  await dataSource.query(`DELETE FROM admin_unit WHERE source = 'test'`);
};
