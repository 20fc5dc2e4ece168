import { createContext, useContext } from 'react';
import { graphql } from '../__generated__/gql';
import type { SessionQuery } from '../__generated__/graphql';

// Every signed-in route's loader reads this one query (cache-first, and parallel loaders share
// one request), so it lives here rather than in routes/root.tsx.
export const SESSION_QUERY = graphql(`
  query Session {
    me {
      id
      username
      fullName
      role
      locale
      permissions
      jurisdiction {
        id
        name
        level
        parent {
          id
          name
        }
      }
      agency {
        id
        name
      }
    }
  }
`);

export type SessionUser = NonNullable<SessionQuery['me']>;

export const SessionContext = createContext<SessionUser | null>(null);

export const useSession = (): SessionUser => {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() is only available inside the signed-in app shell');
  return me;
};
