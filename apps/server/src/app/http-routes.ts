import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { Permission } from '@cp/schema';
import type { Env } from '../config/env';
import { AppError, AppErrorCode, HTTP_STATUS } from '../common/app-error';
import { localeFromHeader, translate } from '../common/i18n';
import { logger } from '../common/logger';
import type { Actor } from '../modules/auth/actor';
import { accessError } from '../modules/auth/auth-checker';
import { childExportRoutes } from '../modules/exports/child-export.route';
import { childImportRoutes } from '../modules/imports/child-import.route';
import { mountFormRoutes } from '../modules/forms/form.routes';
import { attachmentRoutes } from '../modules/directives/attachment.routes';
import { periodicReportRoutes } from '../modules/periodic-reports/periodic-report.routes';
import type { Context } from './context';

// Plain HTTP endpoints beside GraphQL (files in and out). Each module adds one line to
// HTTP_ROUTES; every handler goes through `guarded`, which authenticates with the same
// session cookie or bearer token as GraphQL and checks the same permission matrix.
// The request's context (signed-in actor, locale) from the same session as GraphQL.
export type HttpRouteContext = (req: Request, res: Response) => Promise<Context>;

export type HttpRouteDeps = {
  env: Env;
  context: (req: Request, res: Response) => Promise<Context>;
};
export type MountRoutes = (router: Router, deps: HttpRouteDeps) => void;

export const HTTP_ROUTES: MountRoutes[] = [
  childImportRoutes,
  childExportRoutes,
  mountFormRoutes,
  (router, { context }) => periodicReportRoutes(router, context),
  (router, { context }) => attachmentRoutes(router, context),
];

// Routes that pass their errors on with next(error): AppErrors as JSON in the caller's
// language (the same texts as the GraphQL errors), anything else logged and masked.
export const apiErrorHandler = (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
  const locale = localeFromHeader(req.headers['accept-language']);
  if (error instanceof AppError) {
    res.status(HTTP_STATUS[error.code]).json({
      code: error.code,
      message: translate(locale, error.messageRef),
      fields: error.fields.map((f) => ({ field: f.field, message: translate(locale, f) })),
    });
    return;
  }
  logger.error({ err: error, path: req.path, requestId: res.locals.requestId }, 'api route failed');
  res.status(500).json({
    code: 'INTERNAL_SERVER_ERROR',
    message: translate(locale, { key: 'error.INTERNAL_SERVER_ERROR', values: { requestId: String(res.locals.requestId) } }),
  });
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
  res.status(HTTP_STATUS[code]).json({
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
