import { AbuseForm, ReportCategory, ReportChannel, Sex } from '@cp/schema';
import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../apollo/errors';
import { useEnumLabel } from '../../i18n/hooks';
import type { IntakeValues } from './intake-draft';

export type HotlineIntakeFormProps = {
  initial: IntakeValues;
  restored: boolean;
  communes: { id: string; name: string }[];
  onDraft: (values: IntakeValues) => void;
  onDiscard: () => void;
  onSubmit: (values: IntakeValues) => Promise<FieldErrors | undefined>;
};

const options = (values: string[], label: (v: string) => string) => values.map((value) => ({ value, label: label(value) }));

// Built for a call in progress: native controls only (Tab / Shift+Tab, arrows, Space), the
// first field focused, Ctrl+Enter sends from anywhere, and every keystroke is kept as a draft.
export const HotlineIntakeForm = ({ initial, restored, communes, onDraft, onDiscard, onSubmit }: HotlineIntakeFormProps) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => setV((prev) => ({ ...prev, [key]: value }));

  useEffect(() => {
    const timer = setTimeout(() => onDraft(v), 250);
    return () => clearTimeout(timer);
  }, [v, onDraft]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setSaving(true);
    const fieldErrors = await onSubmit(v).finally(() => setSaving(false));
    setErrors(fieldErrors ?? {});
  };
  const text = (key: keyof IntakeValues) => ({
    value: v[key] as string,
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
    error: errors[key === 'reporterName' ? 'reporter.fullName' : key === 'childAge' ? 'childAgeEstimate' : key],
  });

  return (
    <form onSubmit={submit} onKeyDown={getHotkeyHandler([['mod+Enter', () => void submit()]])} noValidate>
      <Stack gap="sm">
        {restored && (
          <Alert color="blue" title={t('reports.draftRestored')}>
            <Button size="xs" variant="subtle" onClick={onDiscard}>{t('reports.discardDraft')}</Button>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect label={t('reports.channel')} data={options(Object.values(ReportChannel), (x) => enumLabel('ReportChannel', x))} autoFocus
            value={v.channel} onChange={(e) => set('channel', e.currentTarget.value as ReportChannel)} />
          <TextInput label={t('reports.receivedAt')} type="datetime-local" required {...text('receivedAt')} />
          <NativeSelect label={t('reports.category')} data={options(Object.values(ReportCategory), (x) => enumLabel('ReportCategory', x))}
            value={v.category} onChange={(e) => set('category', e.currentTarget.value as ReportCategory)} />
        </SimpleGrid>
        <Checkbox.Group label={t('reports.abuseForms')} value={v.abuseForms} onChange={(x) => set('abuseForms', x as AbuseForm[])}>
          <Group gap="md" mt={4}>
            {Object.values(AbuseForm).map((f) => <Checkbox key={f} value={f} label={enumLabel('AbuseForm', f)} />)}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect label={t('reports.commune')} data={communes.map((c) => ({ value: c.id, label: c.name }))} value={v.communeId}
            onChange={(e) => set('communeId', e.currentTarget.value)} error={errors.communeId} />
          <TextInput label={t('reports.incidentPlace')} {...text('incidentPlace')} />
        </SimpleGrid>
        <Textarea label={t('reports.description')} required autosize minRows={3} {...text('description')} />
        <Fieldset legend={t('reports.childSection')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t('reports.childName')} {...text('childName')} />
            <NativeSelect label={t('reports.childSex')} data={[{ value: '', label: '—' }, ...options(Object.values(Sex), (x) => enumLabel('Sex', x))]}
              value={v.childSex} onChange={(e) => set('childSex', e.currentTarget.value as Sex | '')} />
            <TextInput label={t('reports.childAge')} inputMode="numeric" {...text('childAge')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('reports.reporterSection')}>
          <Stack gap="sm">
            <Checkbox label={t('reports.anonymous')} checked={v.anonymous} onChange={(e) => set('anonymous', e.currentTarget.checked)} />
            {!v.anonymous && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput label={t('reports.reporterName')} autoComplete="off" {...text('reporterName')} />
                <TextInput label={t('reports.reporterPhone')} type="tel" autoComplete="off" {...text('reporterPhone')} />
                <TextInput label={t('reports.reporterAddress')} autoComplete="off" {...text('reporterAddress')} />
                <TextInput label={t('reports.reporterRelationship')} {...text('reporterRelationship')} />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">{t('reports.draftSaved')}</Text>
          <Button type="submit" loading={saving}>{t('reports.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
};
