// SECURITY-CRITICAL. The only AuthChecker: root fields declare a Permission with
// @RequirePermission, and this checks it against the role's row of the shared matrix.
// It throws rather than returning false so that the caller learns *why* (sign in vs forbidden).
import type { AuthChecker } from 'type-graphql';
import type { Permission } from '@cp/schema';
import type { Context } from '../../common/context';
import { toGraphQLError } from '../../common/error-middleware';
import { AppError, AppErrorCode } from '../../common/app-error';
import type { Actor } from '../../common/actor';

export const accessError = (actor: Actor | null, sessionExpired: boolean, permissions: Permission[]): AppError | null => {
  if (!actor) return new AppError(AppErrorCode.UNAUTHENTICATED, sessionExpired ? 'error.sessionExpired' : undefined);
  if (permissions.every((permission) => actor.permissions.has(permission))) return null;
  return new AppError(AppErrorCode.FORBIDDEN);
};

// type-graphql runs this before the global middlewares, so it translates its own error.
export const authChecker: AuthChecker<Context, Permission> = ({ context }, permissions) => {
  const error = accessError(context.actor, context.sessionExpired, permissions);
  if (error) throw toGraphQLError(error, context);
  return true;
};
