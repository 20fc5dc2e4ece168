import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission, type DutyStatus } from '@cp/schema';
import { Alert, Anchor, Button, Card, FileInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useRevalidator, useSearchParams, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { DutyRouteQuery, DutyRouteQueryVariables } from '../../__generated__/graphql';
import { hasErrorCode } from '../../apollo/errors';
import { requirePermission } from '../../auth/require-session';
import { useCan } from '../../auth/useCan';
import { notifySaveError } from '../../features/children/notify-save-error';
import { DutyUpdateForm, type DutyUpdateValues } from '../../features/directives/DutyUpdateForm';
import { DutyUpdateView } from '../../features/directives/DutyUpdateView';
import { NextDueBanner } from '../../features/directives/NextDueBanner';
import { defaultPeriod } from '../../features/directives/next-due';
import { uploadAttachment } from '../../features/directives/upload-attachment';
import { useSubmitDutyUpdateMutation } from '../../features/directives/useSubmitDutyUpdateMutation';
import { todayInVietnam } from '../../i18n/format';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const DUTY_ROUTE_QUERY = graphql(`
  query DutyRoute($id: ID!) {
    agencyDuty(id: $id) {
      id
      section
      title
      description
      indicators
      mine
      agency {
        id
        name
      }
      directive {
        id
        title
        periods {
          code
          label
          dueOn
        }
      }
      updates {
        id
        period {
          code
        }
        ...DutyUpdateView_update
      }
    }
  }
`);

type LoaderData = { queryRef: QueryRef<DutyRouteQuery, DutyRouteQueryVariables> };

export const dutyRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request, params }: LoaderFunctionArgs): Promise<LoaderData> => {
    await requirePermission(client, request, Permission.DIRECTIVE_READ);
    return { queryRef: preloadQuery(DUTY_ROUTE_QUERY, { variables: { id: params.dutyId ?? '' }, fetchPolicy: 'network-only' }) };
  };

// The page holds every period's update: switching the period (a search parameter) needs no
// new request, and must not reload the page under a form being filled in.
export const dutyShouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search ? false : defaultShouldRevalidate;

export const DutyRoute = () => {
  const { t } = useTranslation();
  const { queryRef } = useLoaderData<LoaderData>();
  const { data } = useReadQuery(queryRef);
  // Reloading runs the loader again: a fresh network read of the duty and its updates.
  const revalidator = useRevalidator();
  const refetch = () => revalidator.revalidate();
  const [params, setParams] = useSearchParams();
  const [conflict, setConflict] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const canDraft = useCan(Permission.DUTY_UPDATE_DRAFT);
  const canSubmit = useCan(Permission.DUTY_UPDATE_SUBMIT);
  const [submitDutyUpdate] = useSubmitDutyUpdateMutation();
  const duty = data.agencyDuty;
  if (!duty) return <ErrorState title={t('errors.notFoundTitle')} message={t('errors.recordNotFound')} />;

  const periods = duty.directive.periods;
  const period = params.get('period') ?? defaultPeriod(periods, todayInVietnam()) ?? '';
  const update = duty.updates.find((u) => u.period.code === period) ?? null;
  const writable = duty.mine && canDraft;

  const save = async (values: DutyUpdateValues, draft: boolean) => {
    try {
      await submitDutyUpdate({
        variables: { input: { dutyId: duty.id, period, ...values, draft, ...(update ? { expectedVersion: update.version } : {}) } },
      });
      notifications.show({ color: 'green', message: draft ? t('duty.saved') : t('duty.submitted') });
      await refetch();
      return undefined;
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        setConflict(true);
        return undefined;
      }
      return notifySaveError(error, t).fields;
    }
  };

  const attach = async () => {
    if (!file || !update) return;
    const result = await uploadAttachment(update.id, file);
    notifications.show(result.ok ? { color: 'green', message: t('duty.attached') } : { color: 'red', message: result.message });
    if (result.ok) {
      setFile(null);
      await refetch();
    }
  };

  return (
    <Page title={duty.title}>
      <Anchor component={Link} to={`/directives/${duty.directive.id}`} size="sm">← {t('duty.back')}</Anchor>
      <NextDueBanner periods={periods} />
      <Text size="sm" c="dimmed">{t('directives.section', { section: duty.section })} · {duty.agency.name}</Text>
      <Text size="sm">{duty.description}</Text>
      <Select
        label={t('duty.period')}
        data={periods.map((p) => ({ value: p.code, label: p.label }))}
        value={period}
        onChange={(value) => value && setParams({ period: value }, { replace: true })}
        allowDeselect={false}
        maw={420}
      />
      {conflict && (
        <Alert color="orange" role="alert" title={t('duty.conflict')}>
          <Button size="xs" loading={revalidator.state === 'loading'} onClick={() => void refetch().then(() => setConflict(false))}>
            {t('duty.reload')}
          </Button>
        </Alert>
      )}
      {update ? <Card withBorder><DutyUpdateView update={update} /></Card> : <Text c="dimmed">{t('duty.noUpdate')}</Text>}
      {writable ? (
        <Card withBorder>
          <DutyUpdateForm
            key={`${period}-${update?.version ?? 0}`}
            indicatorNames={duty.indicators}
            canSubmit={canSubmit}
            initial={update ? { status: update.status as DutyStatus, progress: update.progress, summary: update.summary, indicators: update.indicators } : null}
            onSave={save}
          />
          {update && (
            <Stack gap="xs" mt="md">
              <FileInput label={t('duty.attach')} value={file} onChange={setFile} accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx" clearable />
              <Button variant="light" disabled={!file} onClick={() => void attach()} w="fit-content">{t('duty.upload')}</Button>
            </Stack>
          )}
        </Card>
      ) : (
        <Text size="sm" c="dimmed">{t('duty.readOnly')}</Text>
      )}
    </Page>
  );
};
