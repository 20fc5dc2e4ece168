import type { DeadlineKind } from '@cp/schema';
import { Button, NativeSelect, NumberInput, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/hooks';
import { notifySaveError } from '../children/notify-save-error';
import { useUpdateDeadlineRuleMutation } from './holiday-mutations';

type Rule = { kind: string; clock: string; amount: number; dueSoonHours: number; responsibleRole: string; legalBasis: string };
const CLOCKS = ['HOURS', 'WORKING_DAYS', 'CALENDAR_DAYS'] as const;

const RuleRow = ({ rule }: { rule: Rule }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [v, setV] = useState(rule);
  const [update, { loading }] = useUpdateDeadlineRuleMutation();
  const save = () => update({ variables: { kind: v.kind as DeadlineKind, clock: v.clock, amount: v.amount, dueSoonHours: v.dueSoonHours } }).catch((e: unknown) => notifySaveError(e, t));
  return (
    <Table.Tr>
      <Table.Td>{enumLabel('DeadlineKind', v.kind)}</Table.Td>
      <Table.Td><NativeSelect aria-label={t('holidays.clock')} value={v.clock} onChange={(e) => setV({ ...v, clock: e.currentTarget.value })}
        data={CLOCKS.map((c) => ({ value: c, label: t(`holidays.clocks.${c}`) }))} /></Table.Td>
      <Table.Td><NumberInput aria-label={t('holidays.amount')} value={v.amount} min={1} max={365} onChange={(x) => setV({ ...v, amount: Number(x) })} w={80} /></Table.Td>
      <Table.Td><NumberInput aria-label={t('holidays.dueSoonHours')} value={v.dueSoonHours} min={0} max={720} onChange={(x) => setV({ ...v, dueSoonHours: Number(x) })} w={80} /></Table.Td>
      <Table.Td>{enumLabel('Role', v.responsibleRole)}</Table.Td>
      <Table.Td>{v.legalBasis}</Table.Td>
      <Table.Td><Button size="xs" variant="light" onClick={() => void save()} loading={loading}>{t('holidays.saveRule')}</Button></Table.Td>
    </Table.Tr>
  );
};

export const DeadlineRulesTable = ({ rules }: { rules: Rule[] }) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table>
        <Table.Thead><Table.Tr>
          <Table.Th /><Table.Th>{t('holidays.clock')}</Table.Th><Table.Th>{t('holidays.amount')}</Table.Th><Table.Th>{t('holidays.dueSoonHours')}</Table.Th>
          <Table.Th>{t('holidays.responsible')}</Table.Th><Table.Th>{t('holidays.legalBasis')}</Table.Th><Table.Th />
        </Table.Tr></Table.Thead>
        <Table.Tbody>{rules.map((r) => <RuleRow key={r.kind} rule={r} />)}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
