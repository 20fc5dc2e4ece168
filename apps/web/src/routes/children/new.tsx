import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { NewChildRouteQuery } from '../../__generated__/graphql';
import type { FieldErrors } from '../../apollo/errors';
import { requirePermission } from '../../auth/require-session';
import { useSession, type SessionUser } from '../../auth/session';
import { ChildForm, type UnitOption } from '../../features/children/ChildForm';
import { childPath } from '../../features/children/ChildRow';
import { emptyChildFormValues, toRegisterInput, type ChildFormValues } from '../../features/children/child-form-values';
import { newClientMutationId } from '../../features/children/new-client-mutation-id';
import { notifySaveError } from '../../features/children/notify-save-error';
import { useRegisterChildMutation } from '../../features/children/useRegisterChildMutation';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

export const NEW_CHILD_ROUTE_QUERY = graphql(`
  query NewChildRoute($parentId: ID) {
    communes: adminUnits(parentId: $parentId, level: COMMUNE) {
      id
      name
    }
  }
`);

type NewChildLoaderData = { queryRef: QueryRef<NewChildRouteQuery> };

export const newChildRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<NewChildLoaderData> => {
    const me = await requirePermission(client, request, Permission.CHILD_WRITE);
    // The communes under the user's district or province (a district's are those it had
    // before the 2025 reform); none under a commune or village, whose own commune is added below.
    const parentId = me.jurisdiction?.id ?? null;
    return { queryRef: preloadQuery(NEW_CHILD_ROUTE_QUERY, { variables: { parentId } }) };
  };

// A commune officer registers in their commune, a collaborator in their village: start there.
const homeCommune = (me: SessionUser): UnitOption | null => {
  const unit = me.jurisdiction;
  if (unit?.level === 'COMMUNE') return { id: unit.id, name: unit.name };
  if (unit?.level === 'VILLAGE' && unit.parent) return unit.parent;
  return null;
};

const defaultPlace = (me: SessionUser) => ({
  communeId: homeCommune(me)?.id ?? null,
  villageId: me.jurisdiction?.level === 'VILLAGE' ? me.jurisdiction.id : null,
});

export const NewChildRoute = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSession();
  const { queryRef } = useLoaderData<NewChildLoaderData>();
  const { data } = useReadQuery(queryRef);
  const [register] = useRegisterChildMutation();
  const [clientMutationId] = useState(newClientMutationId);
  const [initialValues] = useState(() => emptyChildFormValues(defaultPlace(me)));
  const home = homeCommune(me);
  // The default commune must be among the options even if the list query left it out.
  const communes = useMemo(
    () => (home && !data.communes.some((c) => c.id === home.id) ? [home, ...data.communes] : data.communes),
    [home, data.communes],
  );

  const handleSubmit = async (values: ChildFormValues): Promise<FieldErrors | undefined> => {
    try {
      const result = await register({ variables: { input: toRegisterInput(values, clientMutationId) } });
      const child = result.data?.registerChild;
      if (!child) return undefined;
      notifications.show({ color: 'green', message: t('child.registered', { code: child.code }) });
      await navigate(childPath(child.id));
      return undefined;
    } catch (error) {
      return notifySaveError(error, t).fields;
    }
  };

  return (
    <Page title={t('child.registerTitle')}>
      <ChildForm mode="create" initialValues={initialValues} communes={communes} onSubmit={handleSubmit} />
    </Page>
  );
};
