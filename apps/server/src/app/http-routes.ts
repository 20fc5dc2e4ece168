import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import multer from 'multer';
import { AppError, AppErrorCode, HTTP_STATUS } from '../common/app-error';
import { env } from '../config/env';
import type { Context, SignedInContext } from '../common/context';
import { STATE_CHANGING, crossSiteRefusal, httpErrorBody, type HttpRoute, type RouteBody } from '../common/http-route';
import { localeFromHeader, translate } from '../common/i18n';
import { logger } from '../common/logger';
import { accessError } from '../modules/auth/auth-checker';
import { classifyRequestError } from './request-errors';

// The one pipeline of the plain HTTP routes (see common/http-route.ts). Each module declares its
// routes in its manifest; this mounts them all under /api.
export type ContextOf = (req: Request, res: Response) => Promise<Context>;

const run = (middleware: RequestHandler, req: Request, res: Response): Promise<unknown> =>
  new Promise((resolve) => middleware(req, res, (err?: unknown) => resolve(err)));

// Reads the declared body, within its limit; anything malformed is the caller's input error.
const readBody = async (body: RouteBody | undefined, req: Request, res: Response): Promise<void> => {
  if (!body) return;
  if (body.kind === 'multipart') {
    const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: body.maxBytes, files: 1 } });
    if (await run(upload.single(body.field), req, res)) throw body.invalid();
    return;
  }
  const error = (await run(express.raw({ type: [...body.types], limit: body.maxBytes }), req, res)) as { type?: string } | undefined;
  if (error) throw error.type === 'entity.too.large' ? body.tooLarge() : new AppError(AppErrorCode.BAD_USER_INPUT);
};

const toAppError = (error: unknown): AppError | null => {
  if (error instanceof AppError) return error;
  // the API-token request budget, refused while the session is read
  if (error instanceof GraphQLError && error.extensions.code === 'RATE_LIMITED') {
    return new AppError(AppErrorCode.RATE_LIMITED, { key: 'limit.tokenRate', values: { max: env.apiTokenRequestsPerMinute } });
  }
  return null;
};

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// Every error of every route, in one shape, in the caller's language. A browser that navigated
// to a download (a link, a new tab) gets the same message as a small page instead of JSON.
export const sendRouteError = (req: Request, res: Response, ctx: Context | null, error: unknown): void => {
  const locale = ctx?.locale ?? localeFromHeader(req.headers['accept-language']);
  const requestId = String(res.locals.requestId ?? ctx?.request.requestId ?? '');
  // Errors of the request itself (a malformed or oversized body, a bad character, a malformed
  // escape) are the caller's input errors, as on /graphql.
  const known = toAppError(error) ? null : classifyRequestError(error);
  let appError = toAppError(error) ?? (known && known.status < 500 ? new AppError(AppErrorCode.BAD_USER_INPUT, known.ref) : null);
  if (!appError) {
    logger.error({ err: error, path: req.path, requestId }, 'api route failed');
    appError = new AppError(AppErrorCode.INTERNAL_SERVER_ERROR, { key: 'error.INTERNAL_SERVER_ERROR', values: { requestId } });
  }
  const body = httpErrorBody(appError, (ref) => translate(locale, ref));
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(HTTP_STATUS[appError.code]).setHeader('Cache-Control', 'no-store');
  if (req.accepts(['json', 'html']) === 'html') {
    const message = escapeHtml(body.error.message);
    const back = escapeHtml(translate(locale, { key: 'error.backToApp' }));
    res
      .type('html')
      .send(
        `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<title>${message}</title></head><body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">` +
          `<p style="font-size: 1.125rem">${message}</p><p><a href="/">${back}</a></p></body></html>`,
      );
    return;
  }
  res.json(body);
};

const pipeline =
  (route: HttpRoute, contextOf: ContextOf): RequestHandler =>
  async (req: Request, res: Response, _next: NextFunction) => {
    let ctx: Context | null = null;
    try {
      ctx = await contextOf(req, res);
      // A forged request can only ride on a signed-in browser's cookie: anonymous callers are
      // told to sign in, token callers carry an Authorization header no other page can set.
      if (ctx.actor && STATE_CHANGING.has(route.method)) {
        const refused = crossSiteRefusal(req);
        if (refused) throw refused;
      }
      const denied = accessError(ctx.actor, ctx.sessionExpired, [route.access.permission]);
      if (denied) throw denied;
      await readBody(route.body, req, res);
      await route.handle(req, res, ctx as SignedInContext);
    } catch (error) {
      sendRouteError(req, res, ctx, error);
    }
  };

const METHODS = { GET: 'get', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'delete' } as const;

export const mountHttpRoutes = (router: Router, routes: readonly HttpRoute[], contextOf: ContextOf): void => {
  for (const route of routes) router[METHODS[route.method]](route.path, pipeline(route, contextOf));
  // Anything else under /api: one shape too.
  router.use((req, res) => sendRouteError(req, res, null, AppError.notFound()));
};
