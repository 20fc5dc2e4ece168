import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { CasesRouteQuery, CasesRouteQueryVariables } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { formatDateTime } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

export const CASES_ROUTE_QUERY = graphql(`
  query CasesRoute($first: Int) {
    cases(first: $first) {
      totalCount
      nodes { id code status receivedAt emergency child { id fullName } commune { id name } }
    }
  }
`);

type Data = { queryRef: QueryRef<CasesRouteQuery, CasesRouteQueryVariables> };

export const casesRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<Data> => {
    await requirePermission(client, request, Permission.CASE_READ);
    return { queryRef: preloadQuery(CASES_ROUTE_QUERY, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' }) };
  };

export const CasesRoute = () => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { queryRef } = useLoaderData<Data>();
  const { data } = useReadQuery(queryRef);
  const { nodes, totalCount } = data.cases;
  return (
    <Page title={t('cases.title')}>
      <Text size="sm" c="dimmed">{t('cases.total', { count: totalCount })}</Text>
      {nodes.length === 0 ? <Text>{t('cases.empty')}</Text> : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover>
            <Table.Thead><Table.Tr>
              <Table.Th>{t('cases.code')}</Table.Th><Table.Th>{t('cases.child')}</Table.Th><Table.Th>{t('cases.commune')}</Table.Th>
              <Table.Th>{t('cases.received')}</Table.Th><Table.Th>{t('cases.status')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>
              {nodes.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td><Anchor component={Link} to={`/cases/${c.id}`}>{c.code}</Anchor></Table.Td>
                  <Table.Td>{c.child.fullName}</Table.Td>
                  <Table.Td>{c.commune.name}</Table.Td>
                  <Table.Td>{formatDateTime(c.receivedAt)}</Table.Td>
                  <Table.Td><Badge variant="light" color={c.emergency ? 'red' : undefined}>{enumLabel('CaseStatus', c.status)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
};
