import type { Locale } from '@cp/schema';
import type { Actor } from './actor';

export type RequestMeta = { requestId: string; ip: string; userAgent: string };

export type CookieOptions = { maxAgeSeconds?: number };
export type CookieWriter = { set: (name: string, value: string, options: CookieOptions) => void; clear: (name: string) => void };

// The per-request DataLoaders. Each module adds its own by augmenting this interface next to
// its loaders (`declare module '../../common/context' { interface Loaders { … } }`) and creates
// them in its manifest's `loaders`; app/loaders.ts checks at compile time that every declared
// loader is created by some manifest.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

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

// A request whose caller is signed in (behind @RequirePermission, @SignedIn or a route's access).
export type SignedInContext = Context & { actor: Actor };
