import type { ApolloClient } from '@apollo/client';
import type { PreloadQueryFunction } from '@apollo/client/react';

// What route loaders need; passed in by the router so that no module holds a global client.
export type RouteDeps = {
  client: ApolloClient;
  preloadQuery: PreloadQueryFunction;
};
