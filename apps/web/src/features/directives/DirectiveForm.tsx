import { Button, Card, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../apollo/errors';

export type DirectiveDutyValues = { section: string; agencyId: string; title: string; description: string };
export type DirectiveValues = {
  number: string;
  title: string;
  issuedById: string;
  issuedOn: string;
  basis: string;
  deadlines: string;
  duties: DirectiveDutyValues[];
};

type Props = { agencies: { value: string; label: string }[]; onSubmit: (values: DirectiveValues) => Promise<FieldErrors | undefined> };

const emptyDuty = (): DirectiveDutyValues => ({ section: '', agencyId: '', title: '', description: '' });

// Next year's directive, entered by the lead office: its heading and one row per duty.
export const DirectiveForm = ({ agencies, onSubmit }: Props) => {
  const { t } = useTranslation();
  const [v, setV] = useState<DirectiveValues>({
    number: '', title: '', issuedById: '', issuedOn: '', basis: '', deadlines: '04-30, 10-31', duties: [emptyDuty()],
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof DirectiveValues>(key: K, value: DirectiveValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const setDuty = (i: number, patch: Partial<DirectiveDutyValues>) =>
    set('duties', v.duties.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  const deadlineError = Object.entries(errors).find(([k]) => k.startsWith('reportingDeadlines'))?.[1];

  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setErrors((await onSubmit(v)) ?? {});
        setBusy(false);
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('directives.titleField')} required value={v.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
        <Group grow align="flex-start">
          <TextInput label={t('directives.number')} value={v.number} onChange={(e) => set('number', e.currentTarget.value)} error={errors.number} />
          <TextInput label={t('directives.issuedOn')} type="date" required value={v.issuedOn} onChange={(e) => set('issuedOn', e.currentTarget.value)} error={errors.issuedOn} />
        </Group>
        <Select label={t('directives.issuedBy')} data={agencies} value={v.issuedById || null} onChange={(x) => set('issuedById', x ?? '')} searchable required error={errors.issuedById} />
        <Textarea label={t('directives.basis')} autosize value={v.basis} onChange={(e) => set('basis', e.currentTarget.value)} error={errors.basis} />
        <TextInput label={t('directives.deadlines')} description={t('directives.deadlinesHint')} value={v.deadlines} onChange={(e) => set('deadlines', e.currentTarget.value)} error={deadlineError} />
        {v.duties.map((d, i) => (
          <Card key={i} withBorder padding="sm">
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput label={t('directives.section', { section: '' }).trim()} value={d.section} onChange={(e) => setDuty(i, { section: e.currentTarget.value })} error={errors[`duties.${i}.section`]} />
                <Select label={t('directives.agency')} data={agencies} value={d.agencyId || null} onChange={(x) => setDuty(i, { agencyId: x ?? '' })} searchable error={errors[`duties.${i}.agencyId`]} />
              </Group>
              <TextInput label={t('directives.dutyTitle')} value={d.title} onChange={(e) => setDuty(i, { title: e.currentTarget.value })} error={errors[`duties.${i}.title`]} />
              <Textarea label={t('directives.dutyDescription')} autosize value={d.description} onChange={(e) => setDuty(i, { description: e.currentTarget.value })} error={errors[`duties.${i}.description`]} />
              {v.duties.length > 1 && (
                <Button variant="subtle" color="red" size="xs" w="fit-content" onClick={() => set('duties', v.duties.filter((_, k) => k !== i))}>
                  {t('directives.removeDuty')}
                </Button>
              )}
            </Stack>
          </Card>
        ))}
        <Group>
          <Button variant="light" onClick={() => set('duties', [...v.duties, emptyDuty()])}>{t('directives.addDuty')}</Button>
          <Button type="submit" loading={busy}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
};
