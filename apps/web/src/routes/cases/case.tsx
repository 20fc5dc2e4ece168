import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Anchor, Badge, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { CaseRouteQuery, CaseRouteQueryVariables } from '../../__generated__/graphql';
import { requirePermission } from '../../auth/require-session';
import { useCan } from '../../auth/useCan';
import { AssessmentForm, type AssessmentValues } from '../../features/cases/AssessmentForm';
import { CasePlanView } from '../../features/cases/CasePlanView';
import { CaseSteps } from '../../features/cases/CaseSteps';
import { CaseTimeline } from '../../features/cases/CaseTimeline';
import { DeadlineBadge } from '../../features/cases/DeadlineBadge';
import { PlanEditor, type MeasureDraft } from '../../features/cases/PlanEditor';
import { PrintForms } from '../../features/cases/PrintForms';
import {
  useApproveCasePlanMutation, useCloseCaseMutation, useRecordAssessmentMutation, useRecordEmergencyActionMutation,
  useRecordMeasureOutcomeMutation, useReferCaseToPoliceMutation, useReopenCaseMutation, useSubmitCasePlanMutation,
} from '../../features/cases/case-mutations';
import { notifySaveError } from '../../features/children/notify-save-error';
import { formatDateTime } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

export const CASE_ROUTE_QUERY = graphql(`
  query CaseRoute($id: ID!) {
    case(id: $id) { ...CasePage_case }
    agencies { id name }
  }
`);

type Data = { queryRef: QueryRef<CaseRouteQuery, CaseRouteQueryVariables> };

export const caseRouteLoader =
  ({ client, preloadQuery }: RouteDeps) =>
  async ({ request, params }: LoaderFunctionArgs): Promise<Data> => {
    await requirePermission(client, request, Permission.CASE_READ);
    return { queryRef: preloadQuery(CASE_ROUTE_QUERY, { variables: { id: params.caseId ?? '' }, fetchPolicy: 'network-only' }) };
  };

const ASSESSMENT_FOR: Record<string, 'INITIAL' | 'SPECIFIC' | 'REVIEW'> = { RECEIVED: 'INITIAL', INITIAL_ASSESSMENT: 'SPECIFIC', IN_PROGRESS: 'REVIEW' };
const PLAN_FROM = ['NEEDS_ASSESSMENT', 'PLAN_DRAFTING', 'PENDING_APPROVAL', 'UNDER_REVIEW'];
const CLOSABLE = ['RECEIVED', 'INITIAL_ASSESSMENT', 'NEEDS_ASSESSMENT', 'PLAN_DRAFTING', 'UNDER_REVIEW'];

export const CaseRoute = () => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { queryRef } = useLoaderData<Data>();
  const { data } = useReadQuery(queryRef);
  const can = { write: useCan(Permission.CASE_WRITE), approve: useCan(Permission.CASE_APPROVE), close: useCan(Permission.CASE_CLOSE), refer: useCan(Permission.CASE_REFER) };
  const [assess] = useRecordAssessmentMutation();
  const [submitPlan] = useSubmitCasePlanMutation();
  const [approve, approving] = useApproveCasePlanMutation();
  const [refer] = useReferCaseToPoliceMutation();
  const [closeCase] = useCloseCaseMutation();
  const [reopen] = useReopenCaseMutation();
  const [emergency] = useRecordEmergencyActionMutation();
  const [recordOutcome] = useRecordMeasureOutcomeMutation();
  const [reason, setReason] = useState('');
  const c = data.case;
  if (!c) return <ErrorState title={t('errors.notFoundTitle')} message={t('cases.notFound')} />;

  const step = async (work: () => Promise<unknown>) => {
    try {
      await work();
      notifications.show({ color: 'green', message: t('cases.saved') });
    } catch (error) {
      notifySaveError(error, t);
    }
  };
  const base = { caseId: c.id, expectedVersion: c.version };
  const onAssess = (kind: 'INITIAL' | 'SPECIFIC' | 'REVIEW') => (v: AssessmentValues) =>
    step(() => assess({ variables: { input: { ...base, kind, riskLevel: v.riskLevel, seriousDanger: kind === 'INITIAL' ? v.seriousDanger : undefined, findings: v.findings } } }));
  const onPlan = (measures: MeasureDraft[]) =>
    step(() => submitPlan({ variables: { input: { ...base, measures: measures.map((m) => ({
      level: m.level, description: m.description, assignedAgencyId: m.assignedAgencyId || undefined, dueOn: m.dueOn || undefined,
    })) } } }));
  const assessmentKind = ASSESSMENT_FOR[c.status];
  const emergencyOpen = c.deadlines.some((d) => d.kind === 'EMERGENCY_ACTION' && !d.metAt);

  return (
    <Page title={`${c.code} · ${c.child.fullName}`} actions={
      <Group gap="xs">
        {c.emergency && <Badge color="red">{t('cases.emergency')}</Badge>}
        {c.referredToPolice && <Badge color="grape">{t('cases.referred')}</Badge>}
        <Badge size="lg" variant="light">{enumLabel('CaseStatus', c.status)}</Badge>
      </Group>
    }>
      <CaseSteps status={c.status} />
      <Group gap="md" wrap="wrap">
        <Anchor component={Link} to={`/children/${c.child.id}`}>{c.child.fullName}</Anchor>
        <span>{c.commune.name}</span>
        <span>{t('cases.received')}: {formatDateTime(c.receivedAt)}</span>
      </Group>
      <Card withBorder>
        <Title order={2} size="h5" mb="xs">{t('cases.deadlines')}</Title>
        <Stack gap={4}>{c.deadlines.map((d) => <DeadlineBadge key={d.id} deadline={d} />)}</Stack>
      </Card>
      {can.write && assessmentKind && <AssessmentForm key={`${c.status}-${c.version}`} kind={assessmentKind} onSubmit={onAssess(assessmentKind)} />}
      {can.approve && emergencyOpen && (
        <Group><Button color="red" onClick={() => step(() => emergency({ variables: { ...base, separation: false } }))}>{t('cases.emergencyAction')}</Button></Group>
      )}
      <CasePlanView plan={c.plan} onOutcome={can.write && ['IN_PROGRESS', 'UNDER_REVIEW'].includes(c.status)
        ? (measureId, status, outcome) => recordOutcome({ variables: { measureId, status, outcome } }) : undefined} />
      {can.write && PLAN_FROM.includes(c.status) && (
        <PlanEditor key={`plan-${c.version}`} current={c.plan?.measures ?? []} agencies={data.agencies} onSubmit={onPlan} />
      )}
      <Group gap="sm" wrap="wrap">
        {can.approve && c.status === 'PENDING_APPROVAL' && (
          <Button color="green" loading={approving.loading} onClick={() => step(() => approve({ variables: base }))}>{t('cases.approvePlan')}</Button>
        )}
        {can.refer && !c.referredToPolice && c.status !== 'CLOSED' && (
          <Button variant="default" onClick={() => step(() => refer({ variables: base }))}>{t('cases.refer')}</Button>
        )}
      </Group>
      {((can.close && CLOSABLE.includes(c.status)) || (can.write && c.status === 'CLOSED')) && (
        <Group align="flex-end" gap="sm">
          <TextInput label={c.status === 'CLOSED' ? t('cases.reopenReason') : t('cases.closeReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          {c.status === 'CLOSED'
            ? <Button variant="default" disabled={!reason.trim()} onClick={() => step(() => reopen({ variables: { ...base, reason } }))}>{t('cases.reopen')}</Button>
            : <Button variant="default" disabled={!reason.trim()} onClick={() => step(() => closeCase({ variables: { input: { ...base, reason } } }))}>{t('cases.closeCase')}</Button>}
        </Group>
      )}
      <PrintForms c={c} />
      <Card withBorder>
        <Title order={2} size="h5" mb="sm">{t('cases.timeline')}</Title>
        <CaseTimeline events={c.events} />
      </Card>
    </Page>
  );
};
