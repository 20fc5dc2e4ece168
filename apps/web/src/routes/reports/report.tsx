import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { ReportRouteQuery, ReportRouteQueryVariables } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { ReportActions } from '../../features/reports/ReportActions';
import { formatDateTime } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';
import { DetailList } from '../../ui/DetailList';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

// The single-report page is the one place that asks for the reporter: the server answers null
// to those who may not see it and records an audit event for those who may.
export const REPORT_ROUTE_QUERY = graphql(`
  query ReportRoute($id: ID!) {
    abuseReport(id: $id) {
      id
      code
      version
      receivedAt
      channel
      category
      abuseForms
      status
      description
      incidentPlace
      childName
      childSex
      childAgeEstimate
      initialAssessmentDueAt
      commune { id name }
      child { id fullName }
      case { id code }
      reporter { anonymous fullName phone address relationship }
    }
  }
`);

type Data = { queryRef: QueryRef<ReportRouteQuery, ReportRouteQueryVariables> };

export const reportRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request, params }: LoaderFunctionArgs): Promise<Data> => {
    await requirePermission(client, request, Permission.REPORT_READ);
    return { queryRef: preloadQuery(REPORT_ROUTE_QUERY, { variables: { id: params.reportId ?? '' }, fetchPolicy: 'network-only' }) };
  };

export const ReportRoute = () => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { queryRef } = useLoaderData<Data>();
  const { data } = useReadQuery(queryRef);
  const r = data.abuseReport;
  if (!r) return <ErrorState title={t('errors.notFoundTitle')} message={t('errors.recordNotFound')} />;
  const reporter = r.reporter;
  return (
    <Page title={`${t('reports.code')}: ${r.code}`} actions={<Badge size="lg" variant="light">{enumLabel('ReportStatus', r.status)}</Badge>}>
      <Card withBorder>
        <DetailList items={[
          { label: t('reports.receivedAt'), value: formatDateTime(r.receivedAt) },
          { label: t('reports.assessmentDue'), value: formatDateTime(r.initialAssessmentDueAt) },
          { label: t('reports.channel'), value: enumLabel('ReportChannel', r.channel) },
          { label: t('reports.category'), value: enumLabel('ReportCategory', r.category) },
          { label: t('reports.abuseForms'), value: r.abuseForms.map((f) => enumLabel('AbuseForm', f)).join(', ') },
          { label: t('reports.commune'), value: r.commune.name },
          { label: t('reports.incidentPlace'), value: r.incidentPlace ?? '' },
          { label: t('reports.childName'), value: r.child?.fullName ?? r.childName ?? '' },
          { label: t('reports.description'), value: r.description },
        ]} empty={t('common.none')} />
      </Card>
      <Card withBorder>
        <Title order={2} size="h5" mb="xs">{t('reports.reporter')}</Title>
        {!reporter ? <Text c="dimmed">{t('reports.reporterHidden')}</Text> : reporter.anonymous ? <Text>{t('reports.reporterAnonymous')}</Text> : (
          <Stack gap={2}>
            <Text>{reporter.fullName}</Text>
            <Group gap="xs"><Text>{reporter.phone}</Text><Text c="dimmed">{reporter.relationship}</Text></Group>
            {reporter.address && <Text size="sm">{reporter.address}</Text>}
          </Stack>
        )}
      </Card>
      {r.status === 'NO_FURTHER_ACTION' && <Alert color="gray">{enumLabel('ReportStatus', r.status)}</Alert>}
      <ReportActions report={r} />
    </Page>
  );
};
