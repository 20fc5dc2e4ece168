import { useSuspenseQuery } from '@apollo/client/react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql';
import { formatDate } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';
import { MeasureOutcomeForm } from './MeasureOutcomeForm';

const ASSIGNED_MEASURES_QUERY = graphql(`
  query AssignedMeasures {
    assignedMeasures { id level description dueOn status outcome caseCode communeName childInitials childAgeYears }
  }
`);

// An agency's view of the plans: its own measures, with the least child data needed.
export const AssignedMeasuresPanel = () => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { data } = useSuspenseQuery(ASSIGNED_MEASURES_QUERY, { fetchPolicy: 'cache-and-network' });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">{t('worklist.agencyTitle')}</Title>
      {data.assignedMeasures.length === 0 ? <Text c="dimmed">{t('worklist.agencyEmpty')}</Text> : (
        <Stack gap="xs">
          {data.assignedMeasures.map((m) => (
            <div key={m.id}>
              <Text fw={500}>{m.description}</Text>
              <Text size="sm" c="dimmed">
                {m.caseCode} · {m.communeName} · {t('worklist.child', { initials: m.childInitials, age: m.childAgeYears })} · {formatDate(m.dueOn)} · {enumLabel('MeasureStatus', m.status)}
              </Text>
              <MeasureOutcomeForm measure={m} />
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
};
