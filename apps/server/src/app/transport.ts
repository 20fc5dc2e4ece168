import type { Request, RequestHandler } from 'express';
import type { Env } from '../config/env';

// Issue 9, finding 13: the session cookie had no Secure flag and HSTS was off unless
// COOKIE_SECURE was set. A request that came over HTTPS gets both, whatever NODE_ENV says:
// req.secure is true for TLS to this process, or behind a proxy that says so in
// X-Forwarded-Proto when TRUST_PROXY is on. COOKIE_SECURE=true forces them on plain HTTP too.
export const secureCookies = (req: Request, env: Pick<Env, 'cookieSecure'>): boolean => env.cookieSecure || req.secure;

export const HSTS = 'max-age=31536000; includeSubDomains';

export const strictTransportSecurity =
  (env: Pick<Env, 'cookieSecure'>): RequestHandler =>
  (req, res, next) => {
    if (secureCookies(req, env)) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
