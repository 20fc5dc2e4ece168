import { useApolloClient, useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { DuplicateCandidate_ChildFragment, NewChildRouteQuery } from '../../__generated__/graphql';
import type { FieldErrors } from '../../apollo/errors';
import { requirePermission } from '../../auth/require-session';
import { useSession, type SessionUser } from '../../auth/session';
import { ChildForm, type UnitOption } from '../../features/children/ChildForm';
import { childPath } from '../../features/children/ChildRow';
import { DuplicateWarning } from '../../features/children/DuplicateWarning';
import { emptyChildFormValues, toRegisterInput, type ChildFormValues } from '../../features/children/child-form-values';
import { newClientMutationId } from '../../features/children/new-client-mutation-id';
import { notifySaveError } from '../../features/children/notify-save-error';
import { useRegisterChildMutation } from '../../features/children/useRegisterChildMutation';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const DUPLICATE_CANDIDATES_QUERY = graphql(`
  query DuplicateCandidates($input: DuplicateCheckInput!) {
    childDuplicateCandidates(input: $input) {
      id
      ...DuplicateCandidate_child
    }
  }
`);

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
  const client = useApolloClient();
  const [clientMutationId] = useState(newClientMutationId);
  const [initialValues] = useState(() => emptyChildFormValues(defaultPlace(me)));
  const home = homeCommune(me);
  // The default commune must be among the options even if the list query left it out.
  const communes = useMemo(
    () => (home && !data.communes.some((c) => c.id === home.id) ? [home, ...data.communes] : data.communes),
    [home, data.communes],
  );

  const [duplicates, setDuplicates] = useState<{ values: ChildFormValues; candidates: DuplicateCandidate_ChildFragment[] } | null>(null);
  const [savingAnyway, setSavingAnyway] = useState(false);

  // Before saving, the records that may be the same child; the user sees them and can still save.
  const findDuplicates = async (values: ChildFormValues) => {
    const input = toRegisterInput(values, clientMutationId);
    const result = await client.query({
      query: DUPLICATE_CANDIDATES_QUERY,
      variables: { input: { fullName: input.fullName, dateOfBirth: input.dateOfBirth, communeId: input.communeId, personalId: input.personalId } },
      fetchPolicy: 'network-only',
    });
    return result.data?.childDuplicateCandidates ?? [];
  };

  const handleSubmit = async (values: ChildFormValues, confirmed = false): Promise<FieldErrors | undefined> => {
    try {
      if (!confirmed) {
        const candidates = await findDuplicates(values);
        if (candidates.length) {
          setDuplicates({ values, candidates: [...candidates] });
          return undefined;
        }
      }
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
      {duplicates && (
        <DuplicateWarning
          candidates={duplicates.candidates}
          saving={savingAnyway}
          onSaveAnyway={() => {
            setSavingAnyway(true);
            void handleSubmit(duplicates.values, true).finally(() => setSavingAnyway(false));
          }}
        />
      )}
      <ChildForm
        mode="create"
        initialValues={initialValues}
        communes={communes}
        onSubmit={(values) => {
          setDuplicates(null);
          return handleSubmit(values);
        }}
      />
    </Page>
  );
};
