import type { Request, Response } from 'express';
import { CSRF_HEADER, type Permission } from '@cp/schema';
import { AppError, AppErrorCode, type MessageRef } from './app-error';
import type { SignedInContext } from './context';

// A plain HTTP route beside GraphQL (files in and out), declared in its module's manifest and
// served by app/http-routes.ts through one pipeline: the request's session (cookie or bearer
// token, as GraphQL), cross-site refusal for state-changing methods, the declared permission
// (checked before the body is read), the declared body and its size limit, then the handler;
// every error, the handler's included, answers in one shape (`HttpErrorBody`) in the caller's
// language. The declarations are in the endpoint-permission snapshot with the GraphQL fields.
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// Every plain route needs a signed-in caller holding `permission`; record-level rules (scope,
// NOT_FOUND outside it) stay in the services the handler calls.
export type RouteAccess = { permission: Permission };

export type RouteBody =
  // multipart/form-data with one file in `field` (req.file)
  | { kind: 'multipart'; field: string; maxBytes: number; invalid: () => AppError }
  // the file itself as the body (req.body is a Buffer), of one of `types`
  | { kind: 'raw'; types: readonly string[]; maxBytes: number; tooLarge: () => AppError };

export type HttpRoute = {
  method: HttpMethod;
  // below /api, in Express syntax (`/attachments/:id`)
  path: string;
  access: RouteAccess;
  // what the route reads; none for GET
  body?: RouteBody;
  // the audit actions the handler writes (in the snapshot beside the permission)
  audits?: readonly string[];
  handle: (req: Request, res: Response, ctx: SignedInContext) => Promise<void>;
};

export const defineRoute = (route: HttpRoute): HttpRoute => route;

export const STATE_CHANGING: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Content types a browser may send cross-origin without a preflight (HTML forms can).
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

type HeaderReader = { header: (name: string) => string | undefined };

// Cross-site request forgery. SameSite=Lax cookies still go with same-site requests (another
// port of the same host is the same site), so a state-changing request must be one a page of
// another origin cannot make without a preflight: a custom header, an Authorization header (then
// the cookie is not used), or a content type HTML forms cannot send. Browsers that say where a
// request comes from (Sec-Fetch-Site, else Origin) are refused when it is not this origin.
export const crossSiteRefusal = (req: HeaderReader): AppError | null => {
  const site = req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return new AppError(AppErrorCode.FORBIDDEN, 'error.crossSite');
  const origin = req.header('origin');
  if (!site && origin && origin !== 'null') {
    let host: string | null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host !== req.header('host')) return new AppError(AppErrorCode.FORBIDDEN, 'error.crossSite');
  }
  if (origin === 'null') return new AppError(AppErrorCode.FORBIDDEN, 'error.crossSite');
  const type = (req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const preflighted = Boolean(req.header(CSRF_HEADER) || req.header('authorization')) || (type !== '' && !SIMPLE_TYPES.has(type));
  return preflighted ? null : new AppError(AppErrorCode.FORBIDDEN, 'error.crossSite');
};

// The one error shape of every plain route: { error: { code, message, fields } }.
export type HttpErrorBody = { error: { code: AppErrorCode; message: string; fields: { field: string; message: string }[] } };

export const httpErrorBody = (error: AppError, translate: (ref: MessageRef) => string): HttpErrorBody => ({
  error: {
    code: error.code,
    message: translate(error.messageRef),
    fields: error.fields.map((f) => ({ field: f.field, message: translate(f) })),
  },
});
