import { createParameterDecorator } from 'type-graphql';
import type { Context } from './context';
import type { Actor } from './actor';
import { AppError, AppErrorCode } from './app-error';

// The signed-in actor; resolvers behind @RequirePermission/@SignedIn always have one.
export const CurrentActor = () =>
  createParameterDecorator<Context>(({ context }): Actor => {
    if (!context.actor) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    return context.actor;
  });
