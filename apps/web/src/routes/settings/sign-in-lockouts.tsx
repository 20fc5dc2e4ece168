import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Permission } from '@cp/schema';
import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { SignInLockoutsRouteQuery } from '../../__generated__/graphql';
import { toApiError } from '../../apollo/errors';
import { requirePermission } from '../../auth/require-session';
import { useClearSignInLockoutMutation } from '../../features/account/useClearSignInLockoutMutation';
import { formatDateTime } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

// The administrator's view of the sign-in limits in force (issue 9): who is held back, from
// where, until when; a lockout can be lifted (audited on the server).
export const SIGN_IN_LOCKOUTS_ROUTE_QUERY = graphql(`
  query SignInLockoutsRoute {
    signInLockouts {
      kind
      username
      address
      failures
      lastFailureAt
      until
    }
  }
`);

type LoaderData = { queryRef: QueryRef<SignInLockoutsRouteQuery> };

export const signInLockoutsRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<LoaderData> => {
    await requirePermission(client, request, Permission.SIGN_IN_LOCKOUT_MANAGE);
    return { queryRef: preloadQuery(SIGN_IN_LOCKOUTS_ROUTE_QUERY, { fetchPolicy: 'network-only' }) };
  };

export const SignInLockoutsRoute = () => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { queryRef } = useLoaderData() as LoaderData;
  const { data } = useReadQuery(queryRef);
  const [clear, { loading }] = useClearSignInLockoutMutation();
  const lift = (username: string | null | undefined, address: string | null | undefined) =>
    clear({ variables: { username: username ?? null, address: address ?? null } })
      .then(() => notifications.show({ message: t('lockouts.lifted') }))
      .catch((error: unknown) => notifications.show({ color: 'red', message: toApiError(error).message ?? t('errors.unknown') }));

  return (
    <Page title={t('lockouts.title')}>
      <Text>{t('lockouts.intro')}</Text>
      {data.signInLockouts.length === 0 ? (
        <Text c="dimmed">{t('lockouts.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('lockouts.kind')}</Table.Th>
                <Table.Th>{t('lockouts.username')}</Table.Th>
                <Table.Th>{t('lockouts.address')}</Table.Th>
                <Table.Th>{t('lockouts.failures')}</Table.Th>
                <Table.Th>{t('lockouts.until')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.signInLockouts.map((lockout) => (
                <Table.Tr key={`${lockout.kind}:${lockout.username ?? ''}:${lockout.address ?? ''}`}>
                  <Table.Td>{enumLabel('SignInLockoutKind', lockout.kind)}</Table.Td>
                  <Table.Td>{lockout.username ?? '—'}</Table.Td>
                  <Table.Td>{lockout.address ?? '—'}</Table.Td>
                  <Table.Td>{lockout.failures}</Table.Td>
                  <Table.Td>{formatDateTime(lockout.until)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" loading={loading} onClick={() => void lift(lockout.username, lockout.address)}>
                      {t('lockouts.lift')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
};
