import type { MiddlewareFn } from 'type-graphql';
import type { AuditAction } from '@cp/schema';
import type { Context } from '../../app/context';
import { auditService } from './audit.service';

// For restricted fields: after the field resolves to a non-null value, write `action`
// for the parent entity. If the audit row cannot be written, the field errors instead of
// returning data nobody would know was read.
export const AuditRead =
  (action: AuditAction, entityType: string): MiddlewareFn<Context> =>
  async ({ root, context }, next) => {
    const value: unknown = await next();
    if (value === null || value === undefined) return value;
    const entityId = (root as { id?: string }).id;
    await auditService.recordRead(context, { action, entityType, entityId });
    return value;
  };
