import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { createApolloClient } from './apollo/client';
import { loginPath } from './auth/login-path';
import { currentLocale, i18n } from './i18n/i18n';
import { createAppRouter, type AppRouter } from './router';
import { theme } from './theme';

export type AppServices = { client: ApolloClient; router: AppRouter };

/** The Apollo client and the router, wired to each other. */
export const createAppServices = (): AppServices => {
  let leaving = false;

  // The server said the session is gone: go to the login page, then forget what this user saw.
  // Navigating first unmounts the signed-in pages, so nothing refetches into the emptied cache.
  const onUnauthenticated = () => {
    if (leaving) return;
    // Where the user was going (a navigation may be pending), so that signing in again gets them there.
    const { pathname, search } = router.state.navigation.location ?? router.state.location;
    const here = pathname + search;
    if (here.startsWith('/login')) return;
    leaving = true;
    void router
      .navigate(loginPath(here), { replace: true })
      .then(() => client.clearStore())
      .finally(() => {
        leaving = false;
      });
  };

  const client = createApolloClient({ onUnauthenticated, getLocale: currentLocale });
  // Declared after the client it needs; onUnauthenticated only runs once a request has failed.
  const router = createAppRouter(client);
  return { client, router };
};

export const App = ({ client, router }: AppServices) => (
  <I18nextProvider i18n={i18n}>
    <MantineProvider theme={theme}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  </I18nextProvider>
);
