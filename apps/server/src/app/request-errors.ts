import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError, HTTP_STATUS } from '../common/app-error';
import { localeFromHeader, translate } from '../common/i18n';
import { isBadCharacterError } from '../common/database-errors';
import { logger } from '../common/logger';
import type { MessageRef } from '../common/app-error';

// The last error handler of the app, and guards in front of the routes (issue 9, finding 12):
// malformed or oversized bodies, NUL characters and anything unexpected answer in the caller's
// language, as JSON, with no stack, SQL or file path, whatever NODE_ENV says. Express's own
// handler (an HTML page with the stack outside production) is never reached.

type Known = { status: number; ref: MessageRef };

const BODY_ERRORS: Record<string, Known> = {
  'entity.parse.failed': { status: 400, ref: { key: 'error.badJson' } },
  'entity.too.large': { status: 413, ref: { key: 'error.tooLarge', values: { max: '1 MB' } } },
  'entity.verify.failed': { status: 400, ref: { key: 'error.badRequest' } },
  'encoding.unsupported': { status: 415, ref: { key: 'error.badRequest' } },
  'charset.unsupported': { status: 415, ref: { key: 'error.badRequest' } },
  'request.aborted': { status: 400, ref: { key: 'error.badRequest' } },
  'request.size.invalid': { status: 400, ref: { key: 'error.badRequest' } },
  'parameters.too.many': { status: 413, ref: { key: 'error.tooLarge', values: { max: '1 MB' } } },
};

export const classifyRequestError = (error: unknown): Known | null => {
  if (error instanceof AppError) return { status: HTTP_STATUS[error.code], ref: error.messageRef };
  const e = error as { type?: string; status?: number; statusCode?: number; code?: string; name?: string } | null;
  if (e?.type && BODY_ERRORS[e.type]) return BODY_ERRORS[e.type]!;
  if (e?.name === 'MulterError') {
    return e.code === 'LIMIT_FILE_SIZE'
      ? { status: 413, ref: { key: 'error.tooLarge', values: { max: '40 MB' } } }
      : { status: 400, ref: { key: 'error.badRequest' } };
  }
  if (error instanceof URIError) return { status: 400, ref: { key: 'error.badRequest' } };
  if (isBadCharacterError(error)) return { status: 400, ref: { key: 'error.nulCharacter' } };
  const status = e?.status ?? e?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, ref: { key: status === 404 ? 'error.NOT_FOUND' : 'error.badRequest' } };
  }
  return null;
};

const codeFor = (status: number): string =>
  status === 401
    ? 'UNAUTHENTICATED'
    : status === 403
      ? 'FORBIDDEN'
      : status === 404
        ? 'NOT_FOUND'
        : status === 409
          ? 'CONFLICT'
          : status === 429
            ? 'RATE_LIMITED'
            : status >= 500
              ? 'INTERNAL_SERVER_ERROR'
              : 'BAD_USER_INPUT';

const send = (req: Request, res: Response, status: number, ref: MessageRef): void => {
  const locale = localeFromHeader(req.headers['accept-language']);
  const message = translate(locale, ref);
  const code = codeFor(status);
  res.status(status);
  // GraphQL clients read { errors }; the plain HTTP routes answer { error } (http-routes.ts).
  if (req.originalUrl.startsWith('/graphql')) {
    res.json({ errors: [{ message, extensions: { code: code === 'BAD_USER_INPUT' ? 'BAD_REQUEST' : code } }] });
  } else {
    res.json({ error: { code, message, fields: [] } });
  }
};

export const finalErrorHandler = (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
  const known = classifyRequestError(error);
  const requestId = String(res.locals.requestId ?? '');
  if (!known) logger.error({ err: error, path: req.path, requestId }, 'unexpected error in an HTTP request');
  if (res.headersSent) {
    // A download already under way: cut it short rather than append an error to it.
    res.destroy();
    return;
  }
  send(req, res, known?.status ?? 500, known?.ref ?? { key: 'error.INTERNAL_SERVER_ERROR', values: { requestId } });
};

// An unknown path under /api or /graphql: JSON, not Express's HTML "Cannot GET".
export const notFoundHandler: RequestHandler = (req, res) => send(req, res, 404, { key: 'error.NOT_FOUND' });

const hasNul = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'string') return value.includes('\0');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => k.includes('\0') || hasNul(v, depth + 1));
};

// No text in this system contains NUL, and PostgreSQL refuses it in text: a NUL in the URL
// (path or query, %00) or in a JSON body is the sender's error, said before any route runs.
export const refuseNulInUrl: RequestHandler = (req, res, next) => {
  if (req.originalUrl.includes('%00') || req.originalUrl.includes('\0')) return send(req, res, 400, { key: 'error.nulCharacter' });
  next();
};

export const refuseNulInJsonBody: RequestHandler = (req, res, next) => {
  if (hasNul(req.body)) return send(req, res, 400, { key: 'error.nulCharacter' });
  next();
};
