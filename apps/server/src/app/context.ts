import type { Locale } from '@cp/schema';
import type { Actor } from '../modules/auth/actor';
import { createLoaders, type Loaders } from './loaders';

export type RequestMeta = { requestId: string; ip: string; userAgent: string };

export type CookieOptions = { maxAgeSeconds?: number };
export type CookieWriter = { set: (name: string, value: string, options: CookieOptions) => void; clear: (name: string) => void };

export type Context = {
  actor: Actor | null;
  // true when a session was presented but has expired: the UNAUTHENTICATED message says so
  sessionExpired: boolean;
  locale: Locale;
  request: RequestMeta;
  loaders: Loaders;
  cookies: CookieWriter;
  // the raw token that authenticated this request, so logout can revoke exactly it
  sessionId: string | null;
};

export const buildContext = (input: Omit<Context, 'loaders'>): Context => ({
  ...input,
  loaders: createLoaders(() => input.actor),
});
