import { useQuery, useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Anchor, Card, Drawer, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { BoardRouteQuery, BoardRouteQueryVariables, BoardState } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { BoardLegend, BoardMatrix, STATE_COLOR } from '../../features/directives/BoardMatrix';
import { DutyUpdateView } from '../../features/directives/DutyUpdateView';
import { NextDueBanner } from '../../features/directives/NextDueBanner';
import { defaultPeriod } from '../../features/directives/next-due';
import { todayInVietnam } from '../../i18n/format';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const BOARD_ROUTE_QUERY = graphql(`
  query BoardRoute($id: ID!, $period: String!) {
    directive(id: $id) {
      id
      title
      periods {
        code
        label
        dueOn
      }
    }
    dutyBoard(directiveId: $id, period: $period) {
      agency {
        id
        code
        name
      }
      duties
      updated
      done
      late
      missing
      state
      sections {
        section
        duties
        updated
        done
        late
        missing
        state
      }
    }
  }
`);

// The drill-down: one agency's duties of one section, with the period's update and its history.
const BOARD_CELL_QUERY = graphql(`
  query BoardCell($id: ID!, $agencyId: ID!, $period: String!) {
    directive(id: $id) {
      id
      duties(agencyId: $agencyId) {
        id
        section
        title
        update(period: $period) {
          id
          ...DutyUpdateView_update
        }
      }
    }
  }
`);

// The directive's periods are needed to pick the default period before the board query runs.
const BOARD_PERIODS_QUERY = graphql(`
  query BoardPeriods($id: ID!) {
    directive(id: $id) {
      id
      periods {
        code
        dueOn
        label
      }
    }
  }
`);

type LoaderData = { queryRef: QueryRef<BoardRouteQuery, BoardRouteQueryVariables>; period: string };

export const boardRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request, params }: LoaderFunctionArgs): Promise<LoaderData> => {
    await requirePermission(client, request, Permission.DIRECTIVE_READ);
    const id = params.directiveId ?? '';
    let period = new URL(request.url).searchParams.get('period');
    if (!period) {
      const { data } = await client.query({ query: BOARD_PERIODS_QUERY, variables: { id } });
      period = defaultPeriod(data?.directive?.periods ?? [], todayInVietnam()) ?? '';
    }
    return { queryRef: preloadQuery(BOARD_ROUTE_QUERY, { variables: { id, period }, fetchPolicy: 'network-only' }), period };
  };

const CellDetails = ({ directiveId, agencyId, section, period }: { directiveId: string; agencyId: string; section: string; period: string }) => {
  const { t } = useTranslation();
  const { data, loading } = useQuery(BOARD_CELL_QUERY, { variables: { id: directiveId, agencyId, period }, fetchPolicy: 'network-only' });
  if (loading || !data?.directive) return <Loader size="sm" />;
  return (
    <Stack gap="md">
      {data.directive.duties.filter((d) => d.section === section).map((d) => (
        <Card key={d.id} withBorder>
          <Text fw={600} size="sm" mb="xs">{d.title}</Text>
          {d.update ? <DutyUpdateView update={d.update} /> : <Text size="sm" c="dimmed">{t('duty.noUpdate')}</Text>}
        </Card>
      ))}
    </Stack>
  );
};

export const BoardRoute = () => {
  const { t } = useTranslation();
  const { queryRef, period } = useLoaderData<LoaderData>();
  const { data } = useReadQuery(queryRef);
  const [, setParams] = useSearchParams();
  const [agencyFilter, setAgencyFilter] = useState<string | null>(null);
  const [stateFilter, setStateFilter] = useState<string | null>(null);
  const [open, setOpen] = useState<{ agencyId: string; section: string } | null>(null);
  const d = data.directive;
  if (!d) return <ErrorState title={t('errors.notFoundTitle')} message={t('errors.recordNotFound')} />;

  const rows = data.dutyBoard.filter(
    (r) => (!agencyFilter || r.agency.id === agencyFilter) && (!stateFilter || r.state === stateFilter || r.sections.some((s) => s.state === stateFilter)),
  );
  const sections = [...new Set(data.dutyBoard.flatMap((r) => r.sections.map((s) => s.section)))].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
  const openRow = open && data.dutyBoard.find((r) => r.agency.id === open.agencyId);
  const openCell = openRow?.sections.find((s) => s.section === open?.section);

  return (
    <Page title={t('board.title')}>
      <Anchor component={Link} to={`/directives/${d.id}`} size="sm">{d.title}</Anchor>
      <NextDueBanner periods={d.periods} />
      <Group gap="sm" align="flex-end">
        <Select
          label={t('duty.period')}
          data={d.periods.map((p) => ({ value: p.code, label: p.label }))}
          value={period}
          onChange={(v) => v && setParams({ period: v })}
          allowDeselect={false}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('board.agency')}
          placeholder={t('board.allAgencies')}
          data={data.dutyBoard.map((r) => ({ value: r.agency.id, label: r.agency.name }))}
          value={agencyFilter}
          onChange={setAgencyFilter}
          clearable
          searchable
        />
        <Select
          label={t('board.state')}
          placeholder={t('board.allStates')}
          data={(Object.keys(STATE_COLOR) as BoardState[]).map((s) => ({ value: s, label: t(`board.states.${s}`) }))}
          value={stateFilter}
          onChange={setStateFilter}
          clearable
        />
      </Group>
      <BoardLegend />
      <BoardMatrix rows={rows} sections={sections} onOpen={(agencyId, section) => setOpen({ agencyId, section })} />
      <Drawer
        opened={!!open}
        onClose={() => setOpen(null)}
        position="right"
        size="lg"
        title={openRow && open ? t('board.drillTitle', { agency: openRow.agency.name, section: open.section }) : ''}
      >
        {open && openCell && (
          <Stack gap="sm">
            <Text size="sm">{t('board.counts', openCell)}</Text>
            <CellDetails directiveId={d.id} agencyId={open.agencyId} section={open.section} period={period} />
          </Stack>
        )}
      </Drawer>
    </Page>
  );
};
