import { DutyStatus } from '@cp/schema';
import { Button, Group, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../apollo/errors';
import { useEnumLabel } from '../../i18n/hooks';

export type DutyUpdateValues = {
  status: DutyStatus;
  progress: number;
  summary: string;
  indicators: { name: string; value: number }[];
};

type Props = {
  indicatorNames: string[];
  initial: DutyUpdateValues | null;
  canSubmit: boolean;
  onSave: (values: DutyUpdateValues, draft: boolean) => Promise<FieldErrors | undefined>;
};

// Officers save drafts; the head (or the commune chair) submits. Both buttons send the same
// values; the server decides again who may submit.
export const DutyUpdateForm = ({ indicatorNames, initial, canSubmit, onSave }: Props) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [status, setStatus] = useState<DutyStatus>(initial?.status ?? DutyStatus.IN_PROGRESS);
  const [progress, setProgress] = useState<number>(initial?.progress ?? 0);
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [indicators, setIndicators] = useState<Record<string, number | ''>>(
    Object.fromEntries(indicatorNames.map((n) => [n, initial?.indicators.find((i) => i.name === n)?.value ?? ''])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);

  const save = async (draft: boolean) => {
    setBusy(draft ? 'draft' : 'submit');
    const values: DutyUpdateValues = {
      status, progress, summary,
      indicators: Object.entries(indicators).flatMap(([name, value]) => (value === '' ? [] : [{ name, value: Number(value) }])),
    };
    setErrors((await onSave(values, draft)) ?? {});
    setBusy(null);
  };

  return (
    <Stack gap="sm">
      <Select
        label={t('duty.status')}
        data={Object.values(DutyStatus).map((s) => ({ value: s, label: label('DutyStatus', s) }))}
        value={status}
        onChange={(v) => v && setStatus(v as DutyStatus)}
        allowDeselect={false}
        error={errors.status}
      />
      <NumberInput label={t('duty.progress')} min={0} max={100} value={progress} onChange={(v) => setProgress(Number(v) || 0)} error={errors.progress} />
      <Textarea label={t('duty.summary')} autosize minRows={4} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={errors.summary} required />
      {indicatorNames.map((name, i) => (
        <NumberInput
          key={name}
          label={name}
          min={0}
          value={indicators[name]}
          onChange={(v) => setIndicators((all) => ({ ...all, [name]: v === '' ? '' : Number(v) }))}
          error={errors[`indicators.${i}.value`] ?? errors[`indicators.${i}.name`]}
        />
      ))}
      <Group gap="sm">
        <Button variant="default" loading={busy === 'draft'} disabled={busy !== null} onClick={() => void save(true)}>
          {t('duty.saveDraft')}
        </Button>
        {canSubmit && (
          <Button loading={busy === 'submit'} disabled={busy !== null} onClick={() => void save(false)}>
            {t('duty.submit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
};
