import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { ReportsRouteQuery, ReportsRouteQueryVariables } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { useCan } from '../../auth/useCan';
import { formatDateTime } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

// The list never asks for the reporter: whistle-blower details are not shown in lists.
export const REPORTS_ROUTE_QUERY = graphql(`
  query ReportsRoute($first: Int) {
    abuseReports(first: $first) {
      totalCount
      nodes {
        id
        code
        receivedAt
        channel
        status
        childName
        initialAssessmentDueAt
        commune {
          id
          name
        }
      }
    }
  }
`);

type Data = { queryRef: QueryRef<ReportsRouteQuery, ReportsRouteQueryVariables> };

export const reportsRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<Data> => {
    await requirePermission(client, request, Permission.REPORT_READ);
    return { queryRef: preloadQuery(REPORTS_ROUTE_QUERY, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' }) };
  };

export const ReportsRoute = () => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const canSubmit = useCan(Permission.REPORT_SUBMIT);
  const { queryRef } = useLoaderData<Data>();
  const { data } = useReadQuery(queryRef);
  const { nodes, totalCount } = data.abuseReports;
  return (
    <Page title={t('reports.title')} actions={canSubmit && <Button component={Link} to="/reports/new">{t('reports.new')}</Button>}>
      <Text size="sm" c="dimmed">{t('reports.total', { count: totalCount })}</Text>
      {nodes.length === 0 ? <Text>{t('reports.empty')}</Text> : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.code')}</Table.Th><Table.Th>{t('reports.receivedAt')}</Table.Th><Table.Th>{t('reports.channel')}</Table.Th>
                <Table.Th>{t('reports.commune')}</Table.Th><Table.Th>{t('reports.status')}</Table.Th><Table.Th>{t('reports.assessmentDue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nodes.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td><Anchor component={Link} to={`/reports/${r.id}`}>{r.code}</Anchor></Table.Td>
                  <Table.Td>{formatDateTime(r.receivedAt)}</Table.Td>
                  <Table.Td>{enumLabel('ReportChannel', r.channel)}</Table.Td>
                  <Table.Td>{r.commune.name}</Table.Td>
                  <Table.Td><Badge variant="light">{enumLabel('ReportStatus', r.status)}</Badge></Table.Td>
                  <Table.Td>{formatDateTime(r.initialAssessmentDueAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
};
