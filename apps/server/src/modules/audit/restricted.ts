// SECURITY-CRITICAL. The one place where "may this actor read this restricted fact of this
// record?" is decided and where that read is audited. A restricted fact (a reporter's identity,
// the details of a sexual-abuse or HIV circumstance, any later one) declares its policy once:
// the permission it needs from the role matrix, the audit action of a read, and optionally
// whether the fact is restricted for this record at all and a per-record check (scope, referral,
// break-the-glass). Fails closed: without an actor, the permission or the per-record check the
// value is null; a value is returned only after its audit row is written, and if that row cannot
// be written the read fails. GraphQL fields use @Restricted(policy); other paths (a printed form)
// call readRestricted with the same policy.
import type { GraphQLResolveInfo } from 'graphql';
import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { AuditAction, Permission } from '@cp/schema';
import type { Actor } from '../../common/actor';
import type { Context } from '../../common/context';
import { auditService, type AuditWho } from './audit.service';
import type { AuditData } from './audit-event.entity';

export type RestrictedRead = { info?: GraphQLResolveInfo };

export type RestrictedPolicy<Root> = {
  permission: Permission;
  audit: AuditAction;
  // the record the audit row names: its type, and its id (the root's `id` unless given)
  entityType: string;
  entityId?: (root: Root) => string;
  // whether this fact of this record is restricted at all; when not, it is served unaudited
  appliesTo?: (root: Root) => boolean;
  // the per-record check: may this actor read this fact of this record
  allows?: (actor: Actor, root: Root, read: RestrictedRead) => boolean | Promise<boolean>;
};

export type RestrictedDeclaration = { permission: Permission; audit: AuditAction };

export const readRestricted = async <Root, T>(
  policy: RestrictedPolicy<Root>,
  who: AuditWho,
  root: Root,
  load: () => Promise<T | null | undefined> | T | null | undefined,
  read: RestrictedRead & { data?: AuditData } = {},
): Promise<T | null> => {
  if (policy.appliesTo && !policy.appliesTo(root)) return (await load()) ?? null;
  const actor = who.actor;
  if (!actor || !actor.permissions.has(policy.permission)) return null;
  if (policy.allows && (await policy.allows(actor, root, { info: read.info })) !== true) return null;
  const value = await load();
  if (value === null || value === undefined) return null;
  const entityId = policy.entityId ? policy.entityId(root) : (root as { id?: string }).id;
  await auditService.recordRead(who, {
    action: policy.audit,
    entityType: policy.entityType,
    entityId,
    ...(read.data ? { data: read.data } : {}),
  });
  return value;
};

export const restrictedMiddleware =
  <Root>(policy: RestrictedPolicy<Root>): MiddlewareFn<Context> =>
  ({ root, context, info }, next) =>
    readRestricted(policy, context, root as Root, () => next() as Promise<unknown>, { info });

// On a field resolver: the field's value passes through the policy. The declaration is in the
// schema's extensions, so the endpoint-permission snapshot lists every restricted field.
export const Restricted =
  <Root>(policy: RestrictedPolicy<Root>): MethodDecorator =>
  (target, key, descriptor) => {
    Extensions({ restricted: { permission: policy.permission, audit: policy.audit } satisfies RestrictedDeclaration })(
      target,
      key,
      descriptor,
    );
    UseMiddleware(restrictedMiddleware(policy))(target, key, descriptor);
  };
