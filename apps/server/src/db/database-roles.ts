import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';

// Two database roles (issue 9, finding 4):
// - the OWNER owns the tables: it runs the migrations and grants, at start-up, and nothing else;
// - the APP role is what every request uses. It may read and write records, and only INSERT and
//   SELECT the audit log. Not being the owner nor a superuser, it cannot TRUNCATE, DROP, ALTER
//   (so no DISABLE TRIGGER), nor SET session_replication_role: the audit log stays append-only
//   whatever SQL the app could be made to run.
// Role names are cluster-wide while grants are per database: the embedded server and the tests
// name the app role after the database (`<database>_app`), so that several databases on one
// cluster (parallel test runs) never share or fight over a role.

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export const databaseOf = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));
export const userOf = (url: string): string => decodeURIComponent(new URL(url).username);

// PostgreSQL truncates names to 63 bytes; keep the suffix.
export const appRoleFor = (database: string): string => `${database.slice(0, 59)}_app`;

// The same server and database as `url`, signed in as another role.
export const urlAs = (url: string, user: string, password: string): string => {
  const next = new URL(url);
  next.username = encodeURIComponent(user);
  next.password = encodeURIComponent(password);
  return next.toString();
};

const DUPLICATE = new Set(['42710', '23505']); // duplicate_object; unique_violation in pg_authid under a race

type Query = Pick<EntityManager, 'query'> | Pick<DataSource, 'query'>;

// Creates the app role when it does not exist and the owner may create roles (superuser, or
// CREATEROLE). When it may not, the operator creates it (docs/operations.md) and we only grant.
const ensureRoleExists = async (q: Query, role: string, password: string, logger: Logger): Promise<void> => {
  const [exists] = await q.query<unknown[]>('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (exists) return;
  const [me] = await q.query<{ may: boolean }[]>('SELECT rolsuper OR rolcreaterole AS may FROM pg_roles WHERE rolname = current_user');
  if (!me?.may) {
    throw new Error(
      `The database role "${role}" (the user in DATABASE_URL) does not exist, and the migration role may not create it. ` +
        `Create it once as an administrator: CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD '…';`,
    );
  }
  try {
    await q.query(
      `CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD ${quoteLiteral(password)} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`,
    );
    logger.info({ role }, 'created the application database role');
  } catch (error) {
    if (!DUPLICATE.has((error as { code?: string }).code ?? '')) throw error;
  }
};

export type AppRoleOptions = { statementTimeoutMs: number; idleInTransactionTimeoutMs: number };

// As the owner, after the migrations: the app role gets exactly what the application needs.
// Idempotent; run at every start so that tables added by new migrations are covered.
export const grantAppRole = async (q: Query, role: string, options: AppRoleOptions, logger: Logger): Promise<void> => {
  const r = quoteIdent(role);
  const [{ database }] = await q.query<[{ database: string }]>(`SELECT current_database() AS database`);
  const [member] = await q.query<{ owner: string }[]>(
    `SELECT current_user AS owner FROM pg_roles WHERE rolname = $1 AND (rolsuper OR pg_has_role($1, current_user, 'MEMBER'))`,
    [role],
  );
  if (member) {
    throw new Error(
      `The database role "${role}" is a superuser or a member of the owner "${member.owner}": give the application a plain role of its own.`,
    );
  }
  // Several processes may start together: one grants at a time (concurrent GRANTs on one
  // object can fail with "tuple concurrently updated").
  await q.query('SELECT pg_advisory_lock(727002)');
  try {
    await q.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(database)} TO ${r}`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
    await q.query(`REVOKE CREATE ON SCHEMA public FROM ${r}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
    await q.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${r}`);
    await q.query(`REVOKE UPDATE, DELETE ON audit_event FROM ${r}`);
    await q.query(`REVOKE ALL ON _migrations FROM ${r}`);
    await q.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
    // Tables a later migration creates outside this process (psql, another tool) get the same.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${r}`);
    // The same limits as the app's own connections, for anyone who signs in as this role.
    try {
      if (options.statementTimeoutMs)
        await q.query(`ALTER ROLE ${r} IN DATABASE ${quoteIdent(database)} SET statement_timeout = ${Number(options.statementTimeoutMs)}`);
      if (options.idleInTransactionTimeoutMs) {
        await q.query(
          `ALTER ROLE ${r} IN DATABASE ${quoteIdent(database)} SET idle_in_transaction_session_timeout = ${Number(options.idleInTransactionTimeoutMs)}`,
        );
      }
    } catch (error) {
      // Needs superuser or ADMIN on the role; the app's connections set these limits anyway.
      logger.debug({ err: error, role }, 'could not set timeouts on the application role');
    }
  } finally {
    await q.query('SELECT pg_advisory_unlock(727002)');
  }
};

export const ensureAppRole = async (q: Query, appUrl: string, options: AppRoleOptions, logger: Logger): Promise<void> => {
  const role = userOf(appUrl);
  await ensureRoleExists(q, role, decodeURIComponent(new URL(appUrl).password), logger);
  await grantAppRole(q, role, options, logger);
};

export type RoleProblem = 'SUPERUSER' | 'OWNER' | 'TRUNCATE' | 'UPDATE_DELETE' | 'REPLICATION_ROLE';

// What the connected role could do to the audit log that it should not. Empty when it is the
// plain application role.
export const auditLogProblems = async (q: Query): Promise<RoleProblem[]> => {
  const [row] = await q.query<Record<string, boolean>[]>(`
    SELECT r.rolsuper AS superuser,
           pg_has_role(current_user, c.relowner, 'MEMBER') AS owner,
           has_table_privilege('audit_event', 'TRUNCATE') AS truncate,
           has_table_privilege('audit_event', 'UPDATE') OR has_table_privilege('audit_event', 'DELETE') AS change,
           has_parameter_privilege('session_replication_role', 'SET') AS replication
    FROM pg_roles r, pg_class c
    WHERE r.rolname = current_user AND c.oid = 'audit_event'::regclass`);
  const problems: RoleProblem[] = [];
  if (row?.superuser) problems.push('SUPERUSER');
  if (row?.owner) problems.push('OWNER');
  if (row?.truncate) problems.push('TRUNCATE');
  if (row?.change) problems.push('UPDATE_DELETE');
  if (row?.replication) problems.push('REPLICATION_ROLE');
  return problems;
};
