import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../common/context';
import { AppError, AppErrorCode } from '../common/app-error';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

// Fail closed: a root field that declares neither a permission, @SignedIn nor @Public is
// refused, so forgetting the declaration can never open an endpoint.
export const AccessGuardMiddleware: MiddlewareFn<Context> = async ({ info }, next) => {
  if (ROOTS.has(info.parentType.name)) {
    const access = info.parentType.getFields()[info.fieldName]?.extensions?.access;
    if (!access) throw new AppError(AppErrorCode.FORBIDDEN);
  }
  const result: unknown = await next();
  return result;
};
