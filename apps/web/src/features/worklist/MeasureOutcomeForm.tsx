import { useMutation } from '@apollo/client/react';
import { MeasureStatus } from '@cp/schema';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql';
import { useEnumLabel } from '../../i18n/hooks';
import { notifySaveError } from '../children/notify-save-error';

const RECORD_ASSIGNED_MEASURE_OUTCOME = graphql(`
  mutation RecordAssignedMeasureOutcome($measureId: ID!, $status: MeasureStatus!, $outcome: String) {
    recordAssignedMeasureOutcome(measureId: $measureId, status: $status, outcome: $outcome) { id status outcome }
  }
`);

export const useRecordAssignedMeasureOutcomeMutation = () => useMutation(RECORD_ASSIGNED_MEASURE_OUTCOME);

// How a measure went: by the agency it is assigned to, or by the commune officer (onSave given).
export const MeasureOutcomeForm = ({ measure, onSave }: {
  measure: { id: string; status: string; outcome: string | null };
  onSave?: (status: MeasureStatus, outcome: string | null) => Promise<unknown>;
}) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [status, setStatus] = useState(measure.status);
  const [outcome, setOutcome] = useState(measure.outcome ?? '');
  const [save, { loading }] = useRecordAssignedMeasureOutcomeMutation();
  const submit = async () => {
    try {
      if (onSave) await onSave(status as MeasureStatus, outcome || null);
      else await save({ variables: { measureId: measure.id, status: status as MeasureStatus, outcome: outcome || null } });
      notifications.show({ color: 'green', message: t('cases.saved') });
    } catch (error) {
      notifySaveError(error, t);
    }
  };
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <NativeSelect label={t('cases.measureStatus')} value={status} onChange={(e) => setStatus(e.currentTarget.value)}
        data={Object.values(MeasureStatus).map((value) => ({ value, label: enumLabel('MeasureStatus', value) }))} />
      <TextInput label={t('cases.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} miw={200} />
      <Button size="sm" variant="light" onClick={submit} loading={loading}>{t('cases.saveOutcome')}</Button>
    </Group>
  );
};
