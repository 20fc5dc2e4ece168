import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { NewDirectiveRouteQuery, NewDirectiveRouteQueryVariables } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { newClientMutationId } from '../../features/children/new-client-mutation-id';
import { notifySaveError } from '../../features/children/notify-save-error';
import { DirectiveForm, type DirectiveValues } from '../../features/directives/DirectiveForm';
import { useCreateDirectiveMutation } from '../../features/directives/useCreateDirectiveMutation';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const NEW_DIRECTIVE_ROUTE_QUERY = graphql(`
  query NewDirectiveRoute {
    agencies {
      id
      name
    }
  }
`);

type LoaderData = { queryRef: QueryRef<NewDirectiveRouteQuery, NewDirectiveRouteQueryVariables> };

export const newDirectiveRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<LoaderData> => {
    await requirePermission(client, request, Permission.DIRECTIVE_MANAGE);
    return { queryRef: preloadQuery(NEW_DIRECTIVE_ROUTE_QUERY) };
  };

export const NewDirectiveRoute = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useReadQuery(useLoaderData<LoaderData>().queryRef);
  const [createDirective] = useCreateDirectiveMutation();
  // One id per form visit: a double click or a retry creates the directive once.
  const clientMutationId = useRef(newClientMutationId());
  const submit = async (v: DirectiveValues) => {
    try {
      const result = await createDirective({
        variables: {
          input: {
            clientMutationId: clientMutationId.current,
            title: v.title,
            number: v.number || null,
            issuedById: v.issuedById,
            issuedOn: v.issuedOn,
            basis: v.basis || null,
            reportingDeadlines: v.deadlines.split(',').map((s) => s.trim()).filter(Boolean),
            duties: v.duties,
          },
        },
      });
      notifications.show({ color: 'green', message: t('directives.created') });
      await navigate(`/directives/${result.data!.createDirective.id}`);
      return undefined;
    } catch (error) {
      return notifySaveError(error, t).fields;
    }
  };
  return (
    <Page title={t('directives.create')}>
      <DirectiveForm agencies={data.agencies.map((a) => ({ value: a.id, label: a.name }))} onSubmit={submit} />
    </Page>
  );
};
