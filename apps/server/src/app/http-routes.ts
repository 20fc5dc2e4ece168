import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { Permission } from '@cp/schema';
import type { Env } from '../config/env';
import { AppError, AppErrorCode } from '../common/app-error';
import { translate } from '../common/i18n';
import { logger } from '../common/logger';
import type { Actor } from '../modules/auth/actor';
import { accessError } from '../modules/auth/auth-checker';
import { childExportRoutes } from '../modules/exports/child-export.route';
import { childImportRoutes } from '../modules/imports/child-import.route';
import { mountFormRoutes } from '../modules/forms/form.routes';
import type { Context } from './context';

// Plain HTTP endpoints beside GraphQL (files in and out). Each module adds one line to
// HTTP_ROUTES; every handler goes through `guarded`, which authenticates with the same
// session cookie or bearer token as GraphQL and checks the same permission matrix.
export type HttpRouteDeps = {
  env: Env;
  context: (req: Request, res: Response) => Promise<Context>;
};
export type MountRoutes = (router: Router, deps: HttpRouteDeps) => void;

export const HTTP_ROUTES: MountRoutes[] = [
  childImportRoutes,
  childExportRoutes,
  mountFormRoutes,
];

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, RATE_LIMITED: 429, INTERNAL_SERVER_ERROR: 500,
};

export const sendError = (res: Response, ctx: Pick<Context, 'locale' | 'request'>, error: unknown): void => {
  const appError = error instanceof AppError ? error : null;
  if (!appError) logger.error({ err: error, requestId: ctx.request.requestId }, 'unexpected error in an HTTP route');
  const code = appError?.code ?? AppErrorCode.INTERNAL_SERVER_ERROR;
  const ref = appError?.messageRef ?? { key: 'error.INTERNAL_SERVER_ERROR', values: { requestId: ctx.request.requestId } };
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(STATUS[code]).json({
    error: {
      code,
      message: translate(ctx.locale, ref),
      fields: appError?.fields.map((f) => ({ field: f.field, message: translate(ctx.locale, f) })) ?? [],
    },
  });
};

export type GuardedHandler = (req: Request, res: Response, ctx: Context & { actor: Actor }) => Promise<void>;

export const guarded =
  (deps: HttpRouteDeps, permission: Permission, handler: GuardedHandler): RequestHandler =>
  async (req: Request, res: Response, _next: NextFunction) => {
    const ctx = await deps.context(req, res);
    try {
      const denied = accessError(ctx.actor, ctx.sessionExpired, [permission]);
      if (denied) throw denied;
      await handler(req, res, ctx as Context & { actor: Actor });
    } catch (error) {
      sendError(res, ctx, error);
    }
  };
