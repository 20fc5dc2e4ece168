import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Accordion, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { DirectiveRouteQuery, DirectiveRouteQueryVariables } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { NextDueBanner } from '../../features/directives/NextDueBanner';
import { formatDate } from '../../i18n/format';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const DIRECTIVE_ROUTE_QUERY = graphql(`
  query DirectiveRoute($id: ID!) {
    directive(id: $id) {
      id
      number
      title
      issuedOn
      basis
      reportingDeadlines
      issuedBy {
        id
        name
      }
      periods {
        code
        label
        dueOn
      }
      duties {
        id
        section
        title
        description
        mine
        agency {
          id
          name
        }
      }
    }
  }
`);

type LoaderData = { queryRef: QueryRef<DirectiveRouteQuery, DirectiveRouteQueryVariables> };

export const directiveRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request, params }: LoaderFunctionArgs): Promise<LoaderData> => {
    await requirePermission(client, request, Permission.DIRECTIVE_READ);
    return { queryRef: preloadQuery(DIRECTIVE_ROUTE_QUERY, { variables: { id: params.directiveId ?? '' } }) };
  };

type Duty = NonNullable<DirectiveRouteQuery['directive']>['duties'][number];

// section -> agency -> duties, in the directive's order.
const groupDuties = (duties: Duty[]) => {
  const sections = new Map<string, Map<string, Duty[]>>();
  for (const d of duties) {
    const agencies = sections.get(d.section) ?? new Map<string, Duty[]>();
    agencies.set(d.agency.id, [...(agencies.get(d.agency.id) ?? []), d]);
    sections.set(d.section, agencies);
  }
  return [...sections.entries()];
};

export const DirectiveRoute = () => {
  const { t } = useTranslation();
  const { data } = useReadQuery(useLoaderData<LoaderData>().queryRef);
  const d = data.directive;
  if (!d) return <ErrorState title={t('errors.notFoundTitle')} message={t('errors.recordNotFound')} />;
  return (
    <Page title={d.title} actions={<Button component={Link} to={`/directives/${d.id}/board`}>{t('directives.openBoard')}</Button>}>
      <NextDueBanner periods={d.periods} />
      <Stack gap={4}>
        <Text size="sm">{t('directives.issuedBy')}: {d.issuedBy.name} · {d.number ?? t('directives.noNumber')} · {formatDate(d.issuedOn)}</Text>
        {d.basis && <Text size="sm" fs="italic">{d.basis}</Text>}
        <Group gap="xs">
          <Text size="sm">{t('directives.periods')}:</Text>
          {d.periods.map((p) => <Badge key={p.code} variant="light">{p.label}</Badge>)}
        </Group>
      </Stack>
      <Accordion multiple defaultValue={groupDuties(d.duties).filter(([, a]) => [...a.values()].flat().some((x) => x.mine)).map(([s]) => s)}>
        {groupDuties(d.duties).map(([section, agencies]) => (
          <Accordion.Item key={section} value={section}>
            <Accordion.Control>
              {t('directives.section', { section })} — {t('directives.dutyCount', { count: [...agencies.values()].flat().length })}
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="md">
                {[...agencies.values()].map((duties) => (
                  <Stack key={duties[0]!.agency.id} gap={6}>
                    <Title order={3} size="h5">
                      {duties[0]!.agency.name} {duties[0]!.mine && <Badge size="sm">{t('directives.mine')}</Badge>}
                    </Title>
                    {duties.map((duty) => (
                      <Stack key={duty.id} gap={4} align="flex-start">
                        <Text size="sm" fw={600}>{duty.title}</Text>
                        <Text size="sm" c="dimmed">{duty.description}</Text>
                        {duty.mine && (
                          <Button size="xs" variant="light" component={Link} to={`/directives/${d.id}/duties/${duty.id}`} aria-label={`${t('directives.update')}: ${duty.title}`}>
                            {t('directives.update')}
                          </Button>
                        )}
                      </Stack>
                    ))}
                  </Stack>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Page>
  );
};
