import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Anchor, Button, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { DirectivesRouteQuery, DirectivesRouteQueryVariables } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { useCan } from '../../auth/useCan';
import { formatDate } from '../../i18n/format';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const DIRECTIVES_ROUTE_QUERY = graphql(`
  query DirectivesRoute {
    directives {
      id
      number
      title
      issuedOn
      issuedBy {
        id
        name
      }
    }
  }
`);

type LoaderData = { queryRef: QueryRef<DirectivesRouteQuery, DirectivesRouteQueryVariables> };

export const directivesRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<LoaderData> => {
    await requirePermission(client, request, Permission.DIRECTIVE_READ);
    return { queryRef: preloadQuery(DIRECTIVES_ROUTE_QUERY, { fetchPolicy: 'cache-and-network' }) };
  };

export const DirectivesRoute = () => {
  const { t } = useTranslation();
  const canCreate = useCan(Permission.DIRECTIVE_MANAGE);
  const { data } = useReadQuery(useLoaderData<LoaderData>().queryRef);
  return (
    <Page
      title={t('directives.title')}
      actions={canCreate && <Button component={Link} to="/directives/new" variant="light">{t('directives.create')}</Button>}
    >
      {data.directives.length === 0 && <Text c="dimmed">{t('directives.empty')}</Text>}
      <Stack gap="sm">
        {data.directives.map((d) => (
          <Card key={d.id} withBorder padding="md">
            <Anchor component={Link} to={`/directives/${d.id}`} fw={600}>{d.title}</Anchor>
            <Text size="sm" c="dimmed">
              {d.issuedBy.name} · {d.number ?? t('directives.noNumber')} · {formatDate(d.issuedOn)}
            </Text>
          </Card>
        ))}
      </Stack>
    </Page>
  );
};
