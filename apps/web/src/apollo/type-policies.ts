import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // One cached list per filter and order: "Load more" appends to the list it came from,
      // and a new search starts a list of its own instead of mixing pages.
      children: relayStylePagination(['filter', 'orderBy']),
      auditEvents: relayStylePagination(['filter']),
      // A child already in the cache (from a list row, or the result of registerChild) opens
      // without a request when every field the page needs is there; otherwise it is fetched.
      child: {
        read: (existing: unknown, { args, toReference }) =>
          existing ?? (typeof args?.id === 'string' ? toReference({ __typename: 'Child', id: args.id }) : undefined),
      },
    },
  },
};
