import { ProtectionLevel } from '@cp/schema';
import { ActionIcon, Button, Card, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/hooks';

export type MeasureDraft = { level: ProtectionLevel; description: string; assignedAgencyId: string; dueOn: string };
type Existing = { level: string; description: string; dueOn: string | null; assignedAgency: { id: string } | null };

const blank = (): MeasureDraft => ({ level: ProtectionLevel.SUPPORT, description: '', assignedAgencyId: '', dueOn: '' });

// Form 04: the measures of a new plan version, started from the current plan when there is one.
export const PlanEditor = ({ current, agencies, onSubmit }: {
  current: Existing[]; agencies: { id: string; name: string }[]; onSubmit: (measures: MeasureDraft[]) => Promise<void>;
}) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [rows, setRows] = useState<MeasureDraft[]>(() =>
    current.length ? current.map((m) => ({ level: m.level as ProtectionLevel, description: m.description, assignedAgencyId: m.assignedAgency?.id ?? '', dueOn: m.dueOn ?? '' })) : [blank()]);
  const [busy, setBusy] = useState(false);
  const set = (i: number, patch: Partial<MeasureDraft>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = async () => {
    setBusy(true);
    await onSubmit(rows.filter((r) => r.description.trim())).finally(() => setBusy(false));
  };
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">{t('cases.plan')}</Title>
      <Stack gap="sm">
        {rows.map((r, i) => (
          <Group key={i} align="flex-end" gap="xs" wrap="wrap">
            <NativeSelect label={t('cases.measureLevel')} value={r.level} onChange={(e) => set(i, { level: e.currentTarget.value as ProtectionLevel })}
              data={Object.values(ProtectionLevel).map((value) => ({ value, label: enumLabel('ProtectionLevel', value) }))} />
            <TextInput label={`${t('cases.measure')} ${i + 1}`} value={r.description} onChange={(e) => set(i, { description: e.currentTarget.value })} miw={220} style={{ flex: 1 }} />
            <NativeSelect label={t('cases.measureAgency')} value={r.assignedAgencyId} onChange={(e) => set(i, { assignedAgencyId: e.currentTarget.value })}
              data={[{ value: '', label: t('cases.noAgency') }, ...agencies.map((a) => ({ value: a.id, label: a.name }))]} maw={260} />
            <TextInput label={t('cases.measureDue')} type="date" value={r.dueOn} onChange={(e) => set(i, { dueOn: e.currentTarget.value })} />
            <ActionIcon variant="subtle" color="red" aria-label={t('cases.removeMeasure')} onClick={() => setRows(rows.filter((_, j) => j !== i))} mb={4}>×</ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="default" onClick={() => setRows([...rows, blank()])}>{t('cases.addMeasure')}</Button>
          <Button onClick={submit} loading={busy} disabled={!rows.some((r) => r.description.trim())}>{t('cases.submitPlan')}</Button>
        </Group>
      </Stack>
    </Card>
  );
};
