import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/hooks';

export type StatsTableProps = {
  groupBy: readonly string[];
  rows: readonly { keys: { code: string; label: string }[]; value: number | null; suppressed: boolean }[];
  total: number | null;
  minCellSize: number;
};

// One line per cell; suppressed cells read "<k", never a number.
export const StatsTable = ({ groupBy, rows, total, minCellSize }: StatsTableProps) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  if (rows.length === 0) return <Text c="dimmed">{t('analytics.noRows')}</Text>;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped withTableBorder aria-label={t('analytics.table')}>
        <Table.Thead>
          <Table.Tr>
            {groupBy.map((d) => (
              <Table.Th key={d}>{enumLabel('StatDimension', d)}</Table.Th>
            ))}
            <Table.Th ta="right">{t('analytics.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.keys.map((k) => `${k.code}:${k.label}`).join('|')}>
              {row.keys.map((k, i) => (
                <Table.Td key={groupBy[i]}>{k.label}</Table.Td>
              ))}
              <Table.Td ta="right" data-suppressed={row.suppressed || undefined}>
                {row.suppressed ? `<${minCellSize}` : row.value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={Math.max(groupBy.length, 1)}>{t('analytics.total')}</Table.Th>
            <Table.Th ta="right">{total ?? t('analytics.totalWithheld')}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
};
