/** Where to send someone who must sign in, remembering where they were going. */
export const loginPath = (next?: string): string =>
  next && next !== '/' && !next.startsWith('/login') ? `/login?next=${encodeURIComponent(next)}` : '/login';

/**
 * The page to open after sign-in. Only same-site paths are accepted: "next" comes from the
 * URL, and an absolute or protocol-relative address would turn the login page into an open redirect.
 */
export const safeNextPath = (next: string | null | undefined): string => {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
};
