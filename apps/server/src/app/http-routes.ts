import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { AppError, AppErrorCode } from '../common/app-error';
import { localeFromHeader, translate } from '../common/i18n';
import { logger } from '../common/logger';
import { attachmentRoutes } from '../modules/directives/attachment.routes';
import { periodicReportRoutes } from '../modules/periodic-reports/periodic-report.routes';
import type { Context } from './context';

// Plain HTTP endpoints under /api (downloads, uploads) for what GraphQL does not carry well.
// A module adds its routes here: a function that mounts them on the router and resolves the
// request's signed-in actor through `contextOf` (the same session as GraphQL).
export type HttpRouteContext = (req: Request, res: Response) => Promise<Context>;
export type HttpRouteModule = (router: Router, contextOf: HttpRouteContext) => void;

export const HTTP_ROUTES: HttpRouteModule[] = [
  periodicReportRoutes,
  attachmentRoutes,
];

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, RATE_LIMITED: 429, INTERNAL_SERVER_ERROR: 500,
};

export const apiRouter = (contextOf: HttpRouteContext): Router => {
  const router = express.Router();
  for (const mount of HTTP_ROUTES) mount(router, contextOf);
  // AppErrors as JSON in the caller's language (the same texts as the GraphQL errors).
  router.use(async (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    if (error instanceof AppError) {
      res.status(STATUS[error.code]).json({
        code: error.code,
        message: translate(locale, error.messageRef),
        fields: error.fields.map((f) => ({ field: f.field, message: translate(locale, f) })),
      });
      return;
    }
    logger.error({ err: error, path: req.path, requestId: res.locals.requestId }, 'api route failed');
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: translate(locale, { key: 'error.INTERNAL_SERVER_ERROR', values: { requestId: String(res.locals.requestId) } }) });
  });
  return router;
};
