import type { ApolloClient } from '@apollo/client';
import type { Permission } from '@cp/schema';
import { data, redirect } from 'react-router-dom';
import { loginPath } from './login-path';
import { SESSION_QUERY, type SessionUser } from './session';

/** Loader guard: the signed-in user, or a redirect to the login page that comes back here. */
export const requireSession = async (client: ApolloClient, request: Request): Promise<SessionUser> => {
  const { data: result } = await client.query({ query: SESSION_QUERY });
  const me = result?.me;
  if (!me) {
    const url = new URL(request.url);
    throw redirect(loginPath(url.pathname + url.search));
  }
  return me;
};

/** Loader guard for a page that needs a permission: 403 (rendered by the route's error boundary) without it. */
export const requirePermission = async (
  client: ApolloClient,
  request: Request,
  permission: Permission,
): Promise<SessionUser> => {
  const me = await requireSession(client, request);
  if (!me.permissions.includes(permission)) throw data(null, { status: 403 });
  return me;
};
