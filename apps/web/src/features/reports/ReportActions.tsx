import { Permission, ProtectionLevel, Sex } from '@cp/schema';
import { Anchor, Button, Card, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCan } from '../../auth/useCan';
import { useEnumLabel } from '../../i18n/hooks';
import { newClientMutationId } from '../children/new-client-mutation-id';
import { notifySaveError } from '../children/notify-save-error';
import { useRegisterChildMutation } from '../children/useRegisterChildMutation';
import { useCloseAbuseReportMutation, useLinkAbuseReportMutation, useOpenCaseMutation } from './report-mutations';

export type ReportForActions = {
  id: string; version: number; status: string; childName: string | null; childSex: string | null;
  commune: { id: string }; child: { id: string; fullName: string } | null; case: { id: string; code: string } | null;
};

const OPEN = ['RECEIVED', 'TRANSFERRED', 'ASSESSED'];

// What can be done with a report next: identify the child (register from the report), open a
// case, or close it; and print Form 01.
export const ReportActions = ({ report }: { report: ReportForActions }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const navigate = useNavigate();
  const canManage = useCan(Permission.REPORT_MANAGE);
  const canRegister = useCan(Permission.CHILD_WRITE);
  const canOpen = useCan(Permission.CASE_WRITE);
  const [registerChild] = useRegisterChildMutation();
  const [link] = useLinkAbuseReportMutation();
  const [openCase] = useOpenCaseMutation();
  const [closeReport] = useCloseAbuseReportMutation();
  const [child, setChild] = useState({ fullName: report.childName ?? '', dateOfBirth: '', sex: (report.childSex as Sex | null) ?? Sex.UNKNOWN });
  const [level, setLevel] = useState<string>(ProtectionLevel.INTERVENTION);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [caseKey] = useState(newClientMutationId);
  const isOpen = OPEN.includes(report.status);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notifySaveError(error, t);
    } finally {
      setBusy(false);
    }
  };
  const registerAndLink = () => run(async () => {
    const created = await registerChild({ variables: { input: { ...child, communeId: report.commune.id, dobEstimated: true } } });
    await link({ variables: { id: report.id, childId: created.data!.registerChild.id, expectedVersion: report.version } });
    notifications.show({ color: 'green', message: t('reports.done') });
  });
  const open = () => run(async () => {
    const result = await openCase({ variables: { input: { clientMutationId: caseKey, childId: report.child!.id, abuseReportId: report.id, level: level as ProtectionLevel } } });
    notifications.show({ color: 'green', message: t('reports.caseOpened', { code: result.data!.openCase.code }) });
    void navigate(`/cases/${result.data!.openCase.id}`);
  });
  const close = () => run(async () => {
    await closeReport({ variables: { id: report.id, reason, expectedVersion: report.version } });
  });

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Anchor href={`/api/forms/01/${report.id}`} target="_blank">{t('reports.print')}</Anchor>
        <Anchor href={`/api/forms/01/${report.id}?format=pdf`} target="_blank">{t('reports.printPdf')}</Anchor>
        {report.case && <Anchor component={Link} to={`/cases/${report.case.id}`}>{t('reports.goToCase', { code: report.case.code })}</Anchor>}
      </Group>
      {isOpen && !report.child && canManage && canRegister && (
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">{t('reports.registerChild')}</Title>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput label={t('reports.childName')} value={child.fullName} onChange={(e) => setChild({ ...child, fullName: e.currentTarget.value })} />
            <TextInput label={t('reports.childDob')} type="date" value={child.dateOfBirth} onChange={(e) => setChild({ ...child, dateOfBirth: e.currentTarget.value })} />
            <NativeSelect label={t('reports.childSex')} data={Object.values(Sex).map((value) => ({ value, label: enumLabel('Sex', value) }))}
              value={child.sex} onChange={(e) => setChild({ ...child, sex: e.currentTarget.value as Sex })} />
            <Button onClick={registerAndLink} loading={busy}>{t('reports.registerAndLink')}</Button>
          </Group>
        </Card>
      )}
      {isOpen && report.child && !report.case && canOpen && (
        <Group align="flex-end" gap="sm">
          <NativeSelect label={t('reports.level')} data={Object.values(ProtectionLevel).map((value) => ({ value, label: enumLabel('ProtectionLevel', value) }))}
            value={level} onChange={(e) => setLevel(e.currentTarget.value)} />
          <Button onClick={open} loading={busy}>{t('reports.openCase')}</Button>
        </Group>
      )}
      {isOpen && !report.case && canManage && (
        <Group align="flex-end" gap="sm">
          <TextInput label={t('reports.closeReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Button variant="default" onClick={close} loading={busy} disabled={!reason.trim()}>{t('reports.close')}</Button>
        </Group>
      )}
    </Stack>
  );
};
