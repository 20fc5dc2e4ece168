import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Button, Card, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { PeriodicReportsRouteQuery, PeriodicReportsRouteQueryVariables } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { ReportPreview } from '../../features/directives/ReportPreview';
import { defaultPeriod } from '../../features/directives/next-due';
import { formatDateTime, todayInVietnam } from '../../i18n/format';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const REPORT_OPTIONS_QUERY = graphql(`
  query ReportOptions($unitId: ID!) {
    adminUnits(parentId: $unitId, level: COMMUNE) {
      id
      name
    }
    directives {
      id
      periods {
        code
        label
        dueOn
      }
    }
  }
`);

const PERIODIC_REPORTS_ROUTE_QUERY = graphql(`
  query PeriodicReportsRoute($unitId: ID!, $period: String!) {
    periodicReport(unitId: $unitId, period: $period) {
      generatedAt
      downloadUrls
      unit {
        id
        name
      }
      period {
        code
        label
      }
      heading {
        nationalMotto
        parentBody
        issuingBody
        number
        placeAndDate
        title
        subtitle
        addressees
      }
      sections {
        key
        title
        available
        columns
        lines {
          label
          values
        }
      }
    }
  }
`);

type Option = { value: string; label: string };
type LoaderData = { units: Option[]; periods: Option[]; unitId: string; period: string; queryRef: QueryRef<PeriodicReportsRouteQuery, PeriodicReportsRouteQueryVariables> | null };

export const periodicReportsRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<LoaderData> => {
    const me = await requirePermission(client, request, Permission.PERIODIC_REPORT_READ);
    const home = me.jurisdiction;
    const { data } = await client.query({ query: REPORT_OPTIONS_QUERY, variables: { unitId: home?.id ?? '' } });
    const units = [...(home ? [{ value: home.id, label: home.name }] : []), ...(data?.adminUnits ?? []).map((u) => ({ value: u.id, label: u.name }))];
    const all = (data?.directives ?? []).flatMap((d) => d.periods);
    const periods = [...new Map(all.map((p) => [p.code, { value: p.code, label: p.label }])).values()];
    const search = new URL(request.url).searchParams;
    const unitId = search.get('unit') ?? units[0]?.value ?? '';
    const period = search.get('period') ?? defaultPeriod(all, todayInVietnam()) ?? '';
    const show = search.has('unit') && search.has('period');
    return { units, periods, unitId, period, queryRef: show ? preloadQuery(PERIODIC_REPORTS_ROUTE_QUERY, { variables: { unitId, period }, fetchPolicy: 'network-only' }) : null };
  };

const Report = ({ queryRef }: { queryRef: QueryRef<PeriodicReportsRouteQuery, PeriodicReportsRouteQueryVariables> }) => {
  const { t } = useTranslation();
  const { data } = useReadQuery(queryRef);
  const report = data.periodicReport;
  return (
    <Card withBorder>
      <Group gap="xs" mb="md">
        <Text size="sm" fw={600}>{t('periodicReports.downloads')}:</Text>
        {report.downloadUrls.map((url) => (
          <Button key={url} component="a" href={url} download size="xs" variant="light">
            {url.split('.').pop()!.toUpperCase()}
          </Button>
        ))}
        <Text size="xs" c="dimmed">{t('periodicReports.generatedAt', { at: formatDateTime(report.generatedAt) })}</Text>
      </Group>
      <ReportPreview report={report} />
    </Card>
  );
};

export const PeriodicReportsRoute = () => {
  const { t } = useTranslation();
  const data = useLoaderData<LoaderData>();
  const [, setParams] = useSearchParams();
  const [unitId, setUnitId] = useState(data.unitId);
  const [period, setPeriod] = useState(data.period);
  return (
    <Page title={t('periodicReports.title')}>
      <Group align="flex-end" gap="sm">
        <Select label={t('periodicReports.unit')} data={data.units} value={unitId} onChange={(v) => v && setUnitId(v)} allowDeselect={false} searchable />
        <Select label={t('periodicReports.period')} data={data.periods} value={period} onChange={(v) => v && setPeriod(v)} allowDeselect={false} />
        <Button onClick={() => setParams({ unit: unitId, period })}>{t('periodicReports.show')}</Button>
      </Group>
      {data.queryRef && <Report queryRef={data.queryRef} />}
    </Page>
  );
};
