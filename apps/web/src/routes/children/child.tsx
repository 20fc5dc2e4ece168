import { useQueryRefHandlers, useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { ChildRouteQuery, ChildRouteQueryVariables } from '../../__generated__/graphql';
import { hasErrorCode, type FieldErrors } from '../../apollo/errors';
import { requirePermission } from '../../auth/require-session';
import { useCan } from '../../auth/useCan';
import { ChildDetails } from '../../features/children/ChildDetails';
import { ChildForm } from '../../features/children/ChildForm';
import { childToFormValues, toUpdateInput, type ChildFormValues } from '../../features/children/child-form-values';
import { notifySaveError } from '../../features/children/notify-save-error';
import { useUpdateChildMutation } from '../../features/children/useUpdateChildMutation';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

export const CHILD_ROUTE_QUERY = graphql(`
  query ChildRoute($id: ID!) {
    child(id: $id) {
      id
      ...ChildDetails_child
    }
  }
`);

type ChildLoaderData = { queryRef: QueryRef<ChildRouteQuery, ChildRouteQueryVariables> };

export const childRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request, params }: LoaderFunctionArgs): Promise<ChildLoaderData> => {
    await requirePermission(client, request, Permission.CHILD_READ);
    return { queryRef: preloadQuery(CHILD_ROUTE_QUERY, { variables: { id: params.childId ?? '' } }) };
  };

export const ChildRoute = () => {
  const { t } = useTranslation();
  const canEdit = useCan(Permission.CHILD_WRITE);
  const { queryRef } = useLoaderData<ChildLoaderData>();
  const { data } = useReadQuery(queryRef);
  const { refetch } = useQueryRefHandlers(queryRef);
  const [reloading, startReloading] = useTransition();
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [updateChild] = useUpdateChildMutation();
  const child = data.child;

  // Out of the user's jurisdiction looks exactly like absent: the server answers null for both.
  if (!child) return <ErrorState title={t('errors.notFoundTitle')} message={t('child.notFound')} />;

  const initialValues = childToFormValues(child);

  const handleSubmit = async (values: ChildFormValues): Promise<FieldErrors | undefined> => {
    const input = toUpdateInput(values, initialValues, { id: child.id, expectedVersion: child.version });
    try {
      await updateChild({ variables: { input } });
      notifications.show({ color: 'green', message: t('child.saved') });
      setEditing(false);
      return undefined;
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        setConflict(true);
        return undefined;
      }
      return notifySaveError(error, t).fields;
    }
  };

  const reload = () =>
    startReloading(async () => {
      await refetch();
      // The form is keyed by version, so it reopens on the fresh record.
      setConflict(false);
    });

  return (
    <Page
      title={child.fullName}
      actions={
        canEdit &&
        !editing && (
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('child.edit')}
          </Button>
        )
      }
    >
      {conflict && (
        <Alert color="orange" variant="light" title={t('child.conflictTitle')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('child.conflictBody')}</Text>
            <Button size="xs" onClick={reload} loading={reloading}>
              {t('child.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      {editing ? (
        <ChildForm
          key={child.version}
          mode="edit"
          initialValues={initialValues}
          communes={[child.commune]}
          onSubmit={handleSubmit}
          onCancel={() => {
            setEditing(false);
            setConflict(false);
          }}
        />
      ) : (
        <ChildDetails child={child} />
      )}
    </Page>
  );
};
