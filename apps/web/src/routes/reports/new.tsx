import { useQuery } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import { requirePermission } from '../../auth/require-session';
import type { SessionUser } from '../../auth/session';
import { newClientMutationId } from '../../features/children/new-client-mutation-id';
import { notifySaveError } from '../../features/children/notify-save-error';
import { HotlineIntakeForm } from '../../features/reports/HotlineIntakeForm';
import { clearDraft, emptyIntake, loadDraft, saveDraft, toSubmitInput, type IntakeValues } from '../../features/reports/intake-draft';
import { useSubmitAbuseReportMutation } from '../../features/reports/useSubmitAbuseReportMutation';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import type { RouteDeps } from '../deps';

const COMMUNES_QUERY = graphql(`
  query IntakeCommunes($parentId: ID) {
    adminUnits(parentId: $parentId, level: COMMUNE) {
      id
      name
    }
  }
`);

export const newReportRouteLoader =
  ({ client }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs): Promise<SessionUser> =>
    requirePermission(client, request, Permission.REPORT_SUBMIT);

// The communes a report can be placed in: one's own commune (or the commune of one's village),
// or the communes under one's district or province.
const useCommunes = (me: SessionUser) => {
  const j = me.jurisdiction;
  const own = j?.level === 'COMMUNE' ? [j] : j?.level === 'VILLAGE' && j.parent ? [j.parent] : null;
  const { data } = useQuery(COMMUNES_QUERY, { variables: { parentId: j?.id }, skip: !!own || !j });
  return own ?? data?.adminUnits ?? null;
};

export const NewReportRoute = () => {
  const { t } = useTranslation();
  const me = useLoaderData<SessionUser>();
  const navigate = useNavigate();
  const communes = useCommunes(me);
  const [submitReport] = useSubmitAbuseReportMutation();
  const [draft] = useState(() => loadDraft(sessionStorage, me.id));
  const [formKey, setFormKey] = useState(0);
  const onDraft = useCallback((values: IntakeValues) => saveDraft(sessionStorage, me.id, values), [me.id]);

  if (!communes) return <PageLoader label={t('common.loading')} />;
  const initial = draft && formKey === 0 ? draft : emptyIntake(communes[0]?.id ?? '', newClientMutationId);

  const onSubmit = async (values: IntakeValues) => {
    try {
      const result = await submitReport({ variables: { input: toSubmitInput(values) } });
      const report = result.data!.submitAbuseReport;
      clearDraft(sessionStorage, me.id);
      notifications.show({ color: 'green', message: t('reports.submitted', { code: report.code }) });
      void navigate(`/reports/${report.id}`);
      return undefined;
    } catch (error) {
      return notifySaveError(error, t).fields;
    }
  };
  const onDiscard = () => {
    clearDraft(sessionStorage, me.id);
    setFormKey((k) => k + 1);
  };

  return (
    <Page title={t('reports.intakeTitle')}>
      <HotlineIntakeForm key={formKey} initial={initial} restored={!!draft && formKey === 0} communes={communes} onDraft={onDraft} onDiscard={onDiscard} onSubmit={onSubmit} />
    </Page>
  );
};
