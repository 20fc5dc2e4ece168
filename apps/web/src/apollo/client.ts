import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from './errors';
import { typePolicies } from './type-policies';

export type CreateApolloClientOptions = {
  // Called when the server says the session is gone (expired, revoked, signed out elsewhere).
  onUnauthenticated: () => void;
  // The UI language, sent so that the server's messages come back in it.
  getLocale: () => string;
  uri?: string;
};

// A wrong password is UNAUTHENTICATED too, but the login page shows that itself; signing out
// of an already expired session goes to the login page on its own.
const OPERATIONS_WITHOUT_SESSION = new Set(['Login', 'Logout']);

export const createApolloClient = ({ onUnauthenticated, getLocale, uri = '/graphql' }: CreateApolloClientOptions) => {
  const http = new HttpLink({
    uri,
    // The session is an HttpOnly cookie for this origin; the web never sees the token.
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention refuses "simple" requests without a header like this one.
    headers: { 'apollo-require-preflight': 'true' },
  });

  const locale = new SetContextLink((prev) => ({
    headers: { ...(prev.headers as Record<string, string> | undefined), 'accept-language': getLocale() },
  }));

  const sessionExpiry = new ErrorLink(({ error, operation }) => {
    if (OPERATIONS_WITHOUT_SESSION.has(operation.operationName ?? '')) return;
    if (hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionExpiry, locale, http]),
    cache: new InMemoryCache({ typePolicies }),
  });
};

export type AppApolloClient = ReturnType<typeof createApolloClient>;
