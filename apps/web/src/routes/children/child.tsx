import { useQueryRefHandlers, useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Alert, Badge, Button, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { ChildRouteQuery, ChildRouteQueryVariables } from '../../__generated__/graphql';
import { hasErrorCode, type FieldErrors } from '../../apollo/errors';
import { requirePermission } from '../../auth/require-session';
import { useCan } from '../../auth/useCan';
import { ChildCasesAndReports } from '../../features/children/ChildCasesAndReports';
import { ChildCircumstances } from '../../features/children/ChildCircumstances';
import { ChildDetails } from '../../features/children/ChildDetails';
import { ChildHistory } from '../../features/children/ChildHistory';
import { DuplicateWarning } from '../../features/children/DuplicateWarning';
import { changedFieldNames } from '../../features/children/changed-fields';
import { useMergeChildrenMutation } from '../../features/children/useCircumstanceMutations';
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
      agedOut
      atRisk
      ...ChildDetails_child
      ...ChildCircumstances_child
      ...ChildHistory_child
      ...ChildCasesAndReports_child
      possibleDuplicates {
        id
        version
        ...DuplicateCandidate_child
      }
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
  // The values the user started editing from, to tell them what the other person changed.
  const [staleValues, setStaleValues] = useState<ChildFormValues | null>(null);
  const [changedFields, setChangedFields] = useState<string[]>([]);
  const canMerge = useCan(Permission.CHILD_MERGE);
  const [merge, { loading: merging }] = useMergeChildrenMutation();
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
        setStaleValues(initialValues);
        return undefined;
      }
      return notifySaveError(error, t).fields;
    }
  };

  const reload = () =>
    startReloading(async () => {
      const fresh = (await refetch()).data?.child;
      // The form is keyed by version, so it reopens on the fresh record.
      setConflict(false);
      if (fresh && staleValues) setChangedFields(changedFieldNames(staleValues, childToFormValues(fresh)));
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
      {changedFields.length > 0 && (
        <Alert color="blue" variant="light" role="status" withCloseButton onClose={() => setChangedFields([])}>
          {t('registry.changedFields', { fields: changedFields.map((f) => t(`childForm.${f}` as 'childForm.fullName')).join(', ') })}
        </Alert>
      )}
      {child.agedOut && <Badge color="gray" variant="light">{t('registry.agedOut')}</Badge>}
      {canEdit && !editing ? (
        <Switch
          label={t('registry.atRisk')}
          checked={child.atRisk}
          onChange={(e) =>
            void updateChild({ variables: { input: { id: child.id, expectedVersion: child.version, atRisk: e.currentTarget.checked } } })
              .then(() => startReloading(async () => void (await refetch())))
              .catch((error: unknown) => notifySaveError(error, t))
          }
        />
      ) : (
        child.atRisk && <Badge color="orange" variant="light">{t('registry.atRisk')}</Badge>
      )}
      {child.possibleDuplicates.length > 0 && (
        <DuplicateWarning title={t('registry.possibleDuplicates')} candidates={child.possibleDuplicates} />
      )}
      {canMerge &&
        child.possibleDuplicates.map((d) => (
          <Button
            key={d.id}
            size="xs"
            variant="light"
            color="yellow"
            loading={merging}
            onClick={() =>
              void merge({ variables: { input: { keepId: child.id, keepVersion: child.version, mergeId: d.id, mergeVersion: d.version } } })
                .then(() => {
                  notifications.show({ color: 'green', message: t('registry.merged') });
                  startReloading(async () => void (await refetch()));
                })
                .catch((e: unknown) => notifySaveError(e, t))
            }
          >
            {t('registry.merge')}: {d.fullName} ({d.code})
          </Button>
        ))}
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
        <>
          <ChildDetails child={child} />
          <ChildCircumstances child={child} canEdit={canEdit} />
          <ChildCasesAndReports child={child} />
          <ChildHistory child={child} />
        </>
      )}
    </Page>
  );
};
