import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Alert, Button, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Permission } from '@cp/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { ApiTokensRouteQuery } from '../../__generated__/graphql';
import { toApiError } from '../../apollo/errors';
import { requirePermission } from '../../auth/require-session';
import { useCreateApiTokenMutation } from '../../features/account/useCreateApiTokenMutation';
import { useRevokeApiTokenMutation } from '../../features/account/useRevokeApiTokenMutation';
import { formatDateTime } from '../../i18n/format';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

export const API_TOKENS_ROUTE_QUERY = graphql(`
  query ApiTokensRoute {
    apiTokens {
      id
      name
      createdAt
      lastUsedAt
      expiresAt
    }
  }
`);

type LoaderData = { queryRef: QueryRef<ApiTokensRouteQuery> };

export const apiTokensRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<LoaderData> => {
    await requirePermission(client, request, Permission.API_TOKEN_MANAGE);
    return { queryRef: preloadQuery(API_TOKENS_ROUTE_QUERY, { fetchPolicy: 'network-only' }) };
  };

export const ApiTokensRoute = () => {
  const { t } = useTranslation();
  const { queryRef } = useLoaderData() as LoaderData;
  const { data } = useReadQuery(queryRef);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [create, { loading: creating }] = useCreateApiTokenMutation();
  const [revoke] = useRevokeApiTokenMutation();
  const fail = (error: unknown) => notifications.show({ color: 'red', message: toApiError(error).message ?? t('errors.unknown') });

  const onCreate = async () => {
    try {
      const result = await create({ variables: { name: name.trim() || 'token' } });
      setSecret(result.data?.createApiToken.token ?? null);
      setName('');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Page title={t('tokens.title')}>
      <Text>{t('tokens.intro')}</Text>
      <Group align="flex-end" gap="sm">
        <TextInput label={t('tokens.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} />
        <Button onClick={onCreate} loading={creating}>
          {t('tokens.create')}
        </Button>
      </Group>
      {secret && (
        <Alert color="green" title={t('tokens.shownOnce')}>
          <Code block data-testid="new-token">
            {secret}
          </Code>
        </Alert>
      )}
      {data.apiTokens.length === 0 ? (
        <Text c="dimmed">{t('tokens.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.name')}</Table.Th>
                <Table.Th>{t('tokens.created')}</Table.Th>
                <Table.Th>{t('tokens.lastUsed')}</Table.Th>
                <Table.Th>{t('tokens.expires')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.apiTokens.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.never')}</Table.Td>
                  <Table.Td>{formatDateTime(token.expiresAt)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        revoke({ variables: { id: token.id } })
                          .then(() => notifications.show({ message: t('tokens.revoked') }))
                          .catch(fail)
                      }
                    >
                      {t('tokens.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Stack gap={0} />
    </Page>
  );
};
