// SECURITY-CRITICAL. Writes go through record(tx, ...) inside the transaction of the change,
// so a change without its audit row cannot commit. Reads of restricted data go through
// recordRead(...), which throws when the row cannot be written: the read then fails closed.
import type { EntityManager } from 'typeorm';
import type { AuditAction } from '@cp/schema';
import type { Actor } from '../auth/actor';
import type { RequestMeta } from '../../app/context';
import { db } from '../../db/data-source';
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
  // Outside any write transaction (sign-in failures, restricted reads).
  recordNow: async (who: AuditWho, what: AuditWhat): Promise<void> => {
    await db().manager.insert(AuditEventEntity, row(who, what));
  },
  recordRead: async (who: AuditWho, what: AuditWhat): Promise<void> => {
    await auditService.recordNow(who, what);
  },
};
