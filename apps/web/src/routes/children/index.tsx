import { useQueryRefHandlers, useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission, Sex } from '@cp/schema';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { ChildrenRouteQuery, ChildrenRouteQueryVariables } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { useCan } from '../../auth/useCan';
import { ChildFilters, extraFilterFromParams } from '../../features/children/ChildFilters';
import { ChildTable } from '../../features/children/ChildTable';
import { useEnumLabel } from '../../i18n/hooks';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const PAGE_SIZE = 20;

export const CHILDREN_ROUTE_QUERY = graphql(`
  query ChildrenRoute($filter: ChildFilter, $first: Int, $after: String, $orderBy: ChildOrder) {
    children(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...ChildRow_child
        }
      }
    }
  }
`);

const SEXES = Object.values(Sex);
const isSex = (value: string | null): value is Sex => SEXES.includes(value as Sex);

// The filter lives in the URL (?q=…&sex=…) so that Back, reload and shared links keep it.
export const childrenVariables = (params: URLSearchParams): ChildrenRouteQueryVariables => {
  const search = params.get('q')?.trim();
  const sex = params.get('sex');
  return {
    filter: { ...(search ? { search } : {}), ...(isSex(sex) ? { sex } : {}), ...extraFilterFromParams(params) },
    first: PAGE_SIZE,
    orderBy: 'NAME_ASC',
  };
};

type ChildrenLoaderData = { queryRef: QueryRef<ChildrenRouteQuery, ChildrenRouteQueryVariables> };

export const childrenRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<ChildrenLoaderData> => {
    await requirePermission(client, request, Permission.CHILD_READ);
    const variables = childrenVariables(new URL(request.url).searchParams);
    // cache-and-network: coming back to the list shows it at once and picks up children others added.
    return { queryRef: preloadQuery(CHILDREN_ROUTE_QUERY, { variables, fetchPolicy: 'cache-and-network' }) };
  };

const useSearchParam = (name: string, delayMs: number) => {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(name) ?? '';
  const [text, setText] = useState(fromUrl);
  const [lastFromUrl, setLastFromUrl] = useState(fromUrl);
  // Back/forward or a nav link changed the URL: show what the list is now filtered by.
  if (fromUrl !== lastFromUrl) {
    setLastFromUrl(fromUrl);
    if (fromUrl !== text.trim()) setText(fromUrl);
  }
  const [debounced] = useDebouncedValue(text.trim(), delayMs);
  useEffect(() => {
    if (debounced === (params.get(name) ?? '')) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced) next.set(name, debounced);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
    // Only a new debounced value should write the URL, not every URL change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return [text, setText] as const;
};

export const ChildrenRoute = () => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const canRegister = useCan(Permission.CHILD_WRITE);
  const { queryRef } = useLoaderData<ChildrenLoaderData>();
  const { data } = useReadQuery(queryRef);
  const { fetchMore } = useQueryRefHandlers(queryRef);
  const [loadingMore, startLoadingMore] = useTransition();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useSearchParam('q', 300);
  const sex = params.get('sex');

  const setSex = (value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (isSex(value)) next.set('sex', value);
        else next.delete('sex');
        return next;
      },
      { replace: true },
    );

  const { totalCount, pageInfo, edges } = data.children;
  const loadMore = () =>
    // In a transition, so the rows already shown stay on screen while the next page loads.
    startLoadingMore(async () => {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    });

  return (
    <Page
      title={t('children.title')}
      actions={
        canRegister && (
          <Button component={Link} to="/children/new" variant="light">
            {t('children.add')}
          </Button>
        )
      }
    >
      <Group align="flex-end" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
        <TextInput
          label={t('children.search')}
          placeholder={t('children.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          miw={220}
        />
        <Select
          label={t('children.sexFilter')}
          data={[
            { value: '', label: t('children.allSexes') },
            ...SEXES.map((value) => ({ value, label: enumLabel('Sex', value) })),
          ]}
          value={isSex(sex) ? sex : ''}
          onChange={setSex}
          allowDeselect={false}
          miw={160}
          maw={240}
        />
      </Group>
      <ChildFilters filter={childrenVariables(params).filter ?? {}} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('children.total', { count: totalCount })}
      </Text>
      <Stack gap="sm">
        <ChildTable rows={edges.map((edge) => edge.node)} />
        {pageInfo.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={loadMore} loading={loadingMore}>
              {t('children.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Page>
  );
};
