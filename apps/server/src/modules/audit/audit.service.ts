// SECURITY-CRITICAL. Writes go through record(tx, ...) inside the transaction of the change,
// so a change without its audit row cannot commit. Reads of restricted data go through
// recordRead(...), which throws when the row cannot be written: the read then fails closed.
import type { EntityManager } from 'typeorm';
import type { AuditAction } from '@cp/schema';
import type { Actor } from '../../common/actor';
import type { RequestMeta } from '../../common/context';
import { db } from '../../common/db';
import { AuditEventEntity, type AuditData } from './audit-event.entity';

export type AuditWho = { actor: Actor | null; request: RequestMeta };
export type AuditWhat = {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  // Never put a child's, reporter's or caregiver's personal data here: ids and field names only.
  data?: AuditData;
};

const row = (who: AuditWho, what: AuditWhat): Partial<AuditEventEntity> => ({
  actorId: who.actor?.userId ?? null,
  actorRole: who.actor?.role ?? null,
  actorAgencyId: who.actor?.agencyId ?? null,
  action: what.action,
  entityType: what.entityType ?? null,
  entityId: what.entityId ?? null,
  requestId: who.request.requestId,
  ip: who.request.ip,
  userAgent: who.request.userAgent.slice(0, 500),
  data: what.data ?? null,
});

export const auditService = {
  record: async (tx: EntityManager, who: AuditWho, what: AuditWhat): Promise<void> => {
    await tx.insert(AuditEventEntity, row(who, what));
  },
  // One row per entity of a bulk write (an import batch), in one INSERT, in the write's transaction.
  recordEach: async (
    tx: EntityManager,
    who: AuditWho,
    what: Omit<AuditWhat, 'entityId'> & { entityIds: readonly string[] },
  ): Promise<void> => {
    if (!what.entityIds.length) return;
    const a = who.actor;
    await tx.query(
      `INSERT INTO audit_event (actor_id, actor_role, actor_agency_id, action, entity_type, entity_id, request_id, ip, user_agent, data)
       SELECT $2, $3, $4, $5, $6, id, $7, $8, $9, $10::jsonb FROM unnest($1::text[]) AS id`,
      [
        [...what.entityIds],
        a?.userId ?? null,
        a?.role ?? null,
        a?.agencyId ?? null,
        what.action,
        what.entityType ?? null,
        who.request.requestId,
        who.request.ip,
        who.request.userAgent.slice(0, 500),
        what.data ? JSON.stringify(what.data) : null,
      ],
    );
  },
  // Outside any write transaction (sign-in failures, restricted reads).
  recordNow: async (who: AuditWho, what: AuditWhat): Promise<void> => {
    await db().manager.insert(AuditEventEntity, row(who, what));
  },
  recordRead: async (who: AuditWho, what: AuditWhat): Promise<void> => {
    await auditService.recordNow(who, what);
  },
};
