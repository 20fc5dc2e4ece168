import { Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';
import type { MeasureStatus } from '@cp/schema';
import { useEnumLabel } from '../../i18n/hooks';
import { MeasureOutcomeForm } from '../worklist/MeasureOutcomeForm';

type Plan = {
  version: number; submittedAt: string | null; approvedAt: string | null; approvedBy: { fullName: string } | null;
  measures: { id: string; level: string; description: string; dueOn: string | null; status: string; outcome: string | null; assignedAgency: { name: string } | null }[];
};

export const CasePlanView = ({ plan, onOutcome }: { plan: Plan | null; onOutcome?: (measureId: string, status: MeasureStatus, outcome: string | null) => Promise<unknown> }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  if (!plan) return <Text c="dimmed">{t('cases.noPlan')}</Text>;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">{t('cases.plan')} · {t('cases.planVersion', { version: plan.version })}</Title>
        {plan.approvedAt && plan.approvedBy ? (
          <Badge color="green" variant="light">{t('cases.approvedBy', { name: plan.approvedBy.fullName, at: formatDateTime(plan.approvedAt) })}</Badge>
        ) : plan.submittedAt && <Badge variant="light">{t('cases.submittedAt', { at: formatDateTime(plan.submittedAt) })}</Badge>}
      </Group>
      <Table.ScrollContainer minWidth={500}>
        <Table>
          <Table.Thead><Table.Tr>
            <Table.Th>{t('cases.measureLevel')}</Table.Th><Table.Th>{t('cases.measure')}</Table.Th><Table.Th>{t('cases.measureAgency')}</Table.Th>
            <Table.Th>{t('cases.measureDue')}</Table.Th><Table.Th>{t('cases.measureStatus')}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {plan.measures.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{enumLabel('ProtectionLevel', m.level)}</Table.Td>
                <Table.Td>{m.description}{m.outcome && <Text size="xs" c="dimmed">{m.outcome}</Text>}</Table.Td>
                <Table.Td>{m.assignedAgency?.name ?? ''}</Table.Td>
                <Table.Td>{formatDate(m.dueOn)}</Table.Td>
                <Table.Td>
                  {onOutcome ? <MeasureOutcomeForm measure={m} onSave={(status, outcome) => onOutcome(m.id, status, outcome)} /> : enumLabel('MeasureStatus', m.status)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
};
