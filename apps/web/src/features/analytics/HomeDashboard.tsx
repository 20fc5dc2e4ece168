import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { StatDimension, StatMeasure } from '../../__generated__/graphql';
import { toApiError } from '../../apollo/errors';
import { useEnumLabel } from '../../i18n/hooks';
import { StatsChart } from './StatsChart';

const DASHBOARD_STATS_QUERY = graphql(`
  query DashboardStats($measure: StatMeasure!, $groupBy: [StatDimension!]!) {
    stats(measure: $measure, groupBy: $groupBy) {
      groupBy
      total
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

// One tile: a chart of one stats answer, or the server's message (e.g. a measure not available yet).
const StatTile = ({ title, measure, groupBy }: { title: string; measure: StatMeasure; groupBy: StatDimension[] }) => {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(DASHBOARD_STATS_QUERY, { variables: { measure, groupBy }, errorPolicy: 'all' });
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {loading && <Text c="dimmed">{t('common.loading')}</Text>}
      {!loading && error && <Alert color="gray">{toApiError(error).message ?? t('errors.unknown')}</Alert>}
      {data?.stats && data.stats.rows.length === 0 && <Text c="dimmed">{t('analytics.noRows')}</Text>}
      {data?.stats && data.stats.rows.length > 0 && <StatsChart groupBy={data.stats.groupBy} rows={data.stats.rows} />}
    </Card>
  );
};

// Deadlines met against missed by quarter: two answers side by side as two series.
const DeadlinesTile = ({ title }: { title: string }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const groupBy = ['QUARTER' as StatDimension];
  const met = useQuery(DASHBOARD_STATS_QUERY, { variables: { measure: 'DEADLINES_MET' as StatMeasure, groupBy }, errorPolicy: 'all' });
  const missed = useQuery(DASHBOARD_STATS_QUERY, { variables: { measure: 'DEADLINES_MISSED' as StatMeasure, groupBy }, errorPolicy: 'all' });
  const error = met.error ?? missed.error;
  const rows = [
    ...(met.data?.stats.rows ?? []).map((r) => ({ ...r, keys: [...r.keys, { code: 'MET', label: enumLabel('StatMeasure', 'DEADLINES_MET') }] })),
    ...(missed.data?.stats.rows ?? []).map((r) => ({ ...r, keys: [...r.keys, { code: 'MISSED', label: enumLabel('StatMeasure', 'DEADLINES_MISSED') }] })),
  ];
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {(met.loading || missed.loading) && <Text c="dimmed">{t('common.loading')}</Text>}
      {error && <Alert color="gray">{toApiError(error).message ?? t('errors.unknown')}</Alert>}
      {!error && !met.loading && !missed.loading && (rows.length ? <StatsChart groupBy={groupBy} rows={rows} /> : <Text c="dimmed">{t('analytics.noRows')}</Text>)}
    </Card>
  );
};

// The lead officer's overview of the district: special circumstances by group, reports by month,
// deadlines met against missed.
export const HomeDashboard = () => {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} size="h3">
        {t('dashboard.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <StatTile title={t('dashboard.circumstances')} measure={'CHILDREN_IN_SPECIAL_CIRCUMSTANCES' as StatMeasure} groupBy={['CIRCUMSTANCE' as StatDimension]} />
        <StatTile title={t('dashboard.reportsByMonth')} measure={'ABUSE_REPORTS' as StatMeasure} groupBy={['MONTH' as StatDimension]} />
        <DeadlinesTile title={t('dashboard.deadlines')} />
      </SimpleGrid>
      <Anchor component={Link} to="/analytics">
        {t('dashboard.openAnalytics')}
      </Anchor>
    </>
  );
};
