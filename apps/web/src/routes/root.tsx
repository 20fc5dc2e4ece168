import { useApolloClient, useQuery } from '@apollo/client/react';
import type { Locale } from '@cp/schema';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, type LoaderFunctionArgs } from 'react-router-dom';
import { requireSession } from '../auth/require-session';
import { SESSION_QUERY, SessionContext } from '../auth/session';
import { useLogoutMutation } from '../features/account/useLogoutMutation';
import { useSetMyLocaleMutation } from '../features/account/useSetMyLocaleMutation';
import { AppLayout } from '../features/shell/AppLayout';
import { applyLocale, isLocale } from '../i18n/i18n';
import type { RouteDeps } from './deps';

export const rootLoader =
  ({ client }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs) => {
    const me = await requireSession(client, request);
    // The language is remembered per user on the server; apply it before the shell renders.
    if (isLocale(me.locale)) await applyLocale(me.locale);
    return null;
  };

export const RootRoute = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logout] = useLogoutMutation();
  const [setMyLocale] = useSetMyLocaleMutation();
  const [signingOut, setSigningOut] = useState(false);
  // cache-only: the loader has fetched it; after sign-out the cache is cleared and this must not refetch.
  const { data } = useQuery(SESSION_QUERY, { fetchPolicy: 'cache-only' });
  const me = data?.me;

  const changeLocale = async (locale: Locale) => {
    await applyLocale(locale);
    try {
      // Optimistic: a navigation while the request is in flight must not re-apply the old locale.
      await setMyLocale({
        variables: { locale },
        optimisticResponse: { setMyLocale: { __typename: 'User', id: me?.id ?? '', locale } },
      });
    } catch {
      notifications.show({ color: 'red', message: t('language.saveFailed') });
    }
  };

  const signOut = async () => {
    setSigningOut(true);
    try {
      await logout();
    } catch {
      // An already expired session cannot be ended twice; leaving locally is still right.
    }
    // Leave the signed-in pages first, so that no mounted query refetches into the emptied cache.
    await navigate('/login', { replace: true });
    await client.clearStore();
  };

  // Signed out under our feet: the session-expiry handler is already on its way to /login.
  if (!me) return null;

  return (
    <SessionContext.Provider value={me}>
      <AppLayout
        me={me}
        onLocaleChange={(locale) => void changeLocale(locale)}
        onSignOut={() => void signOut()}
        signingOut={signingOut}
      />
    </SessionContext.Provider>
  );
};
