import { describe, expect, inject, it } from 'vitest';
import { AuditAction } from '@cp/schema';
import { contextFor } from '../../test/execute';
import { ownerDb } from '../../test/owner-db';
import { auditService } from '../modules/audit/audit.service';
import { db } from './data-source';
import { auditLogProblems, userOf } from './database-roles';

// Issue 9, finding 4: the app connected as a superuser and could erase its own audit log. The
// tests (like the server) connect as the application's role: every tampering statement of the
// security review is refused to it, each in a transaction that would be rolled back anyway.
const asApp = (sql: string) =>
  db().transaction(async (tx) => {
    await tx.query(sql);
  });

describe('the application database role', () => {
  it('is neither superuser nor owner, and is not the migration role', async () => {
    expect(userOf(inject('databaseUrl'))).not.toBe(userOf(inject('ownerDatabaseUrl')));
    const [me] = await db().query(
      `SELECT current_user AS role, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toMatchObject({
      role: userOf(inject('databaseUrl')),
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
    });
    const owned: { relname: string }[] = await db().query(
      `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND pg_has_role(current_user, relowner, 'MEMBER')`,
    );
    expect(owned).toEqual([]);
    expect(await auditLogProblems(db())).toEqual([]);
    // the owner, for contrast, could do all of it
    expect(await auditLogProblems(await ownerDb())).toEqual(expect.arrayContaining(['OWNER', 'TRUNCATE', 'UPDATE_DELETE']));
  });

  it('cannot erase or rewrite the audit log: TRUNCATE, DISABLE TRIGGER, DROP TRIGGER, session_replication_role, UPDATE, DELETE', async () => {
    await auditService.recordNow(await contextFor({ as: 'auditor' }), { action: AuditAction.LOGOUT });
    await expect(asApp('TRUNCATE audit_event')).rejects.toThrow(/permission denied/);
    await expect(asApp('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change')).rejects.toThrow(/must be owner/);
    await expect(asApp('DROP TRIGGER audit_event_no_change ON audit_event')).rejects.toThrow(/must be owner/);
    await expect(asApp('SET LOCAL session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(asApp(`UPDATE audit_event SET actor_id = NULL`)).rejects.toThrow(/permission denied/);
    await expect(asApp('DELETE FROM audit_event')).rejects.toThrow(/permission denied/);
    await expect(asApp('DROP TABLE audit_event')).rejects.toThrow(/must be owner/);
    await expect(asApp('ALTER TABLE audit_event OWNER TO CURRENT_USER')).rejects.toThrow(/must be owner/);
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(n).toBe(1);
  });

  it('cannot truncate nor drop the records either, nor create tables', async () => {
    for (const table of ['child', 'abuse_report', 'protection_case', 'app_user', 'auth_session']) {
      await expect(asApp(`TRUNCATE ${table}`), table).rejects.toThrow(/permission denied/);
      await expect(asApp(`DROP TABLE ${table}`), table).rejects.toThrow(/must be owner/);
    }
    await expect(asApp('CREATE TABLE sneaky (id int)')).rejects.toThrow(/permission denied/);
    await expect(asApp('SELECT * FROM _migrations')).rejects.toThrow(/permission denied/);
  });

  it('reads and writes records, and appends to the audit log', async () => {
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM app_user`);
    expect(n).toBeGreaterThan(0);
    await auditService.recordNow(await contextFor({ as: 'auditor' }), { action: AuditAction.LOGOUT });
    const [{ m }] = await db().query(`SELECT count(*)::int AS m FROM audit_event`);
    expect(m).toBe(1);
  });

  it('has statement and idle-transaction timeouts on its connections', async () => {
    const [{ statement_timeout: statement }] = await db().query('SHOW statement_timeout');
    const [{ idle_in_transaction_session_timeout: idle }] = await db().query('SHOW idle_in_transaction_session_timeout');
    expect(statement).toBe('30s');
    expect(idle).toBe('1min');
    await expect(
      db().transaction(async (tx) => {
        await tx.query('SET LOCAL statement_timeout = 50');
        await tx.query('SELECT pg_sleep(1)');
      }),
    ).rejects.toThrow(/statement timeout/);
  });
});
