import { describe, expect, it } from 'vitest';
import { AuditAction, Permission } from '@cp/schema';
import { db } from '../../common/db';
import { codeOf, contextFor, execute } from '../../../test/execute';
import { restrictedMiddleware } from './restricted';
import { ownerDb } from '../../../test/owner-db';
import { auditService } from './audit.service';

const EVENTS = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { action entityType entityId ip actor { username } } }
}`;

describe('auditEvents', () => {
  it('is readable by the auditor and the admin only', async () => {
    expect(codeOf(await execute(EVENTS, { as: 'auditor' }))).toBeUndefined();
    expect(codeOf(await execute(EVENTS, { as: 'admin' }))).toBeUndefined();
    for (const as of ['lead.officer', 'commune1.officer', 'analyst'] as const) {
      expect(codeOf(await execute(EVENTS, { as })), as).toBe('FORBIDDEN');
    }
    expect(codeOf(await execute(EVENTS, { as: null }))).toBe('UNAUTHENTICATED');
  });

  it('filters and pages newest first, with who, what and from where', async () => {
    const ctx = await contextFor({ as: 'commune1.officer', ip: '10.9.9.9' });
    for (let i = 0; i < 3; i += 1) {
      await auditService.recordNow(ctx, { action: AuditAction.CHILD_VIEWED, entityType: 'Child', entityId: `c${i}` });
    }
    const page1 = await execute<{
      auditEvents: {
        totalCount: number;
        pageInfo: { endCursor: string; hasNextPage: boolean };
        nodes: { entityId: string; ip: string; actor: { username: string } }[];
      };
    }>(EVENTS, { as: 'auditor', variables: { filter: { action: 'CHILD_VIEWED' }, first: 2 } });
    expect(page1.data!.auditEvents.totalCount).toBe(3);
    expect(page1.data!.auditEvents.nodes.map((n) => n.entityId)).toEqual(['c2', 'c1']);
    expect(page1.data!.auditEvents.nodes[0]).toMatchObject({ ip: '10.9.9.9', actor: { username: 'commune1.officer' } });
    const page2 = await execute<{ auditEvents: { pageInfo: { hasNextPage: boolean }; nodes: { entityId: string }[] } }>(EVENTS, {
      as: 'auditor',
      variables: { filter: { action: 'CHILD_VIEWED' }, first: 2, after: page1.data!.auditEvents.pageInfo.endCursor },
    });
    expect(page2.data!.auditEvents.nodes.map((n) => n.entityId)).toEqual(['c0']);
    expect(page2.data!.auditEvents.pageInfo.hasNextPage).toBe(false);
  });

  it('is append-only: the database refuses updates and deletes, to the app and to the owner', async () => {
    await auditService.recordNow(await contextFor({ as: 'auditor' }), { action: AuditAction.LOGOUT });
    // The app's role has no such privilege; the owner still meets the trigger.
    await expect(db().query(`UPDATE audit_event SET action = 'X'`)).rejects.toThrow(/permission denied/);
    await expect(db().query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
    const owner = await ownerDb();
    await expect(owner.query(`UPDATE audit_event SET action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });

  it('fails a restricted read closed when its audit row cannot be written', async () => {
    const ctx = await contextFor({ as: 'commune1.officer' });
    const read = restrictedMiddleware({
      permission: Permission.REPORTER_VIEW,
      audit: AuditAction.REPORTER_VIEWED,
      entityType: 'AbuseReport',
    });
    const call = (context: typeof ctx, value: unknown) =>
      read({ root: { id: 'r1' }, args: {}, context, info: {} as never }, async () => value);
    // a null field is not a read of restricted data: nothing to audit
    await expect(call(ctx, null)).resolves.toBeNull();
    expect(await db().query('SELECT * FROM audit_event')).toEqual([]);
    await expect(call(ctx, { fullName: 'x' })).resolves.toEqual({ fullName: 'x' });
    const [event] = await db().query('SELECT action, entity_type, entity_id FROM audit_event');
    expect(event).toEqual({ action: 'REPORTER_VIEWED', entity_type: 'AbuseReport', entity_id: 'r1' });
    // an actor the audit table cannot reference: the insert fails, so must the read
    const ghost = { ...ctx, actor: { ...ctx.actor!, userId: '00000000-0000-0000-0000-000000000001' } };
    await expect(call(ghost, { fullName: 'x' })).rejects.toThrow();
  });

  it('reads a restricted fact only with its permission and the per-record check, and audits only such reads', async () => {
    const policy = {
      permission: Permission.REPORTER_VIEW,
      audit: AuditAction.REPORTER_VIEWED,
      entityType: 'AbuseReport',
      allows: (_actor: unknown, root: { id: string }) => root.id !== 'other-commune',
    };
    const read = restrictedMiddleware(policy);
    const call = async (as: 'analyst' | 'commune1.officer' | null, id: string) =>
      read({ root: { id }, args: {}, context: await contextFor({ as }), info: {} as never }, async () => ({ fullName: 'x' }));
    await expect(call(null, 'r1')).resolves.toBeNull();
    await expect(call('analyst', 'r1')).resolves.toBeNull();
    await expect(call('commune1.officer', 'other-commune')).resolves.toBeNull();
    expect(await db().query('SELECT * FROM audit_event')).toEqual([]);
    await expect(call('commune1.officer', 'r1')).resolves.toEqual({ fullName: 'x' });
    expect(await db().query('SELECT entity_id FROM audit_event')).toEqual([{ entity_id: 'r1' }]);
  });

  it('rolls a change back when its audit row fails in the same transaction', async () => {
    const ctx = await contextFor({ as: 'commune1.officer' });
    const ghost = { ...ctx, actor: { ...ctx.actor!, userId: '00000000-0000-0000-0000-000000000001' } };
    await expect(
      db().transaction(async (tx) => {
        await tx.query(`UPDATE app_user SET full_name = 'changed' WHERE username = 'commune1.officer'`);
        await auditService.record(tx, ghost, { action: AuditAction.CHILD_UPDATED, entityType: 'User' });
      }),
    ).rejects.toThrow();
    const [row] = await db().query(`SELECT full_name FROM app_user WHERE username = 'commune1.officer'`);
    expect(row.full_name).toBe('Tẩn Thị Mai');
  });
});
