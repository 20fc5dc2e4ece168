import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { Permission } from '@cp/schema';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { AnalyticsRouteQuery, AnalyticsRouteQueryVariables } from '../../__generated__/graphql';
import { toApiError } from '../../apollo/errors';
import { requirePermission } from '../../auth/require-session';
import { StatsChart } from '../../features/analytics/StatsChart';
import { StatsControls } from '../../features/analytics/StatsControls';
import { StatsTable } from '../../features/analytics/StatsTable';
import { statsCsvUrl, statsVariables } from '../../features/analytics/stats-params';
import { formatDateTime } from '../../i18n/format';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import type { RouteDeps } from '../deps';

export const ANALYTICS_ROUTE_QUERY = graphql(`
  query AnalyticsRoute($measure: StatMeasure!, $groupBy: [StatDimension!]!, $filter: StatFilter) {
    stats(measure: $measure, groupBy: $groupBy, filter: $filter) {
      measure
      groupBy
      total
      minCellSize
      exact
      generatedAt
      rows {
        keys {
          dimension
          code
          label
        }
        value
        suppressed
      }
    }
  }
`);

type LoaderData = {
  queryRef: QueryRef<AnalyticsRouteQuery, AnalyticsRouteQueryVariables, 'empty' | 'complete' | 'streaming'>;
  variables: AnalyticsRouteQueryVariables;
};

export const analyticsRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<LoaderData> => {
    await requirePermission(client, request, Permission.STATS_READ);
    const variables = statsVariables(new URL(request.url).searchParams);
    // errorPolicy all: a measure that is not available yet shows its message, not an error page.
    return { queryRef: preloadQuery(ANALYTICS_ROUTE_QUERY, { variables, fetchPolicy: 'network-only', errorPolicy: 'all' }), variables };
  };

const StatsResult = ({ queryRef, variables }: LoaderData) => {
  const { t } = useTranslation();
  const { data, error } = useReadQuery(queryRef);
  if (error || !data?.stats) {
    return <Alert color="yellow">{toApiError(error).message ?? t('errors.unknown')}</Alert>;
  }
  const { stats } = data;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {stats.exact ? t('analytics.exactNote') : t('analytics.suppressedNote', { k: stats.minCellSize, max: stats.minCellSize - 1 })}
      </Text>
      {stats.rows.length > 0 && (
        <Card withBorder padding="sm">
          <StatsChart groupBy={stats.groupBy} rows={stats.rows} />
        </Card>
      )}
      <StatsTable groupBy={stats.groupBy} rows={stats.rows} total={stats.total ?? null} minCellSize={stats.minCellSize} />
      <Text size="xs" c="dimmed">
        {t('analytics.generatedAt', { at: formatDateTime(stats.generatedAt) })}
      </Text>
      <div>
        <Button component="a" href={statsCsvUrl(variables)} download variant="light">
          {t('analytics.downloadCsv')}
        </Button>
      </div>
    </Stack>
  );
};

export const AnalyticsRoute = () => {
  const { t } = useTranslation();
  const loaded = useLoaderData() as LoaderData;
  const [params, setParams] = useSearchParams();
  return (
    <Page title={t('analytics.title')}>
      <StatsControls
        params={params}
        onChange={(update) =>
          setParams((prev) => {
            const next = new URLSearchParams(prev);
            update(next);
            return next;
          })
        }
      />
      <Suspense fallback={<PageLoader label={t('common.loading')} />}>
        <StatsResult {...loaded} />
      </Suspense>
    </Page>
  );
};
