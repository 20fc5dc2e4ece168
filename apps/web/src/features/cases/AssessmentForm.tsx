import { RiskLevel } from '@cp/schema';
import { Button, Card, Checkbox, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/hooks';

export type AssessmentValues = { riskLevel: RiskLevel; seriousDanger: boolean; findings: string };

// Form 02, 03 or 06, whichever the case's status calls for.
export const AssessmentForm = ({ kind, onSubmit }: { kind: 'INITIAL' | 'SPECIFIC' | 'REVIEW'; onSubmit: (v: AssessmentValues) => Promise<void> }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [v, setV] = useState<AssessmentValues>({ riskLevel: RiskLevel.MEDIUM, seriousDanger: false, findings: '' });
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    await onSubmit(v).finally(() => setBusy(false));
  };
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">{t(`cases.assessmentKind.${kind}`)}</Title>
      <Stack gap="sm">
        <NativeSelect label={t('cases.riskLevel')} value={v.riskLevel} onChange={(e) => setV({ ...v, riskLevel: e.currentTarget.value as RiskLevel })}
          data={Object.values(RiskLevel).map((value) => ({ value, label: enumLabel('RiskLevel', value) }))} />
        {kind === 'INITIAL' && (
          <Checkbox label={t('cases.seriousDanger')} checked={v.seriousDanger} onChange={(e) => setV({ ...v, seriousDanger: e.currentTarget.checked })} />
        )}
        <Textarea label={t('cases.findings')} autosize minRows={2} value={v.findings} onChange={(e) => setV({ ...v, findings: e.currentTarget.value })} />
        <Button onClick={submit} loading={busy} disabled={!v.findings.trim()} style={{ alignSelf: 'flex-start' }}>{t('cases.record')}</Button>
      </Stack>
    </Card>
  );
};
