import { Badge, Group, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardState, BoardRouteQuery } from '../../__generated__/graphql';

export type BoardRow = BoardRouteQuery['dutyBoard'][number];

export const STATE_COLOR: Record<BoardState, string> = {
  MISSING: 'red', LATE: 'orange', DONE: 'green', UPDATED: 'teal', PARTIAL: 'yellow', PENDING: 'gray',
};

type Props = { rows: BoardRow[]; sections: string[]; onOpen: (agencyId: string, section: string) => void };

// Agencies × sections, each cell coloured by its state and labelled "reported/duties"; a cell
// is a button that opens the drill-down. Scrolls sideways on a narrow screen.
export const BoardMatrix = ({ rows, sections, onOpen }: Props) => {
  const { t } = useTranslation();
  return (
    <ScrollArea type="auto">
      <Table withTableBorder withColumnBorders striped={false} miw={360} aria-label={t('board.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('board.agency')}</Table.Th>
            {sections.map((s) => (
              <Table.Th key={s} ta="center">{t('directives.section', { section: s })}</Table.Th>
            ))}
            <Table.Th ta="center">{t('board.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.agency.id} data-agency={row.agency.code}>
              <Table.Td miw={170}><Text size="sm">{row.agency.name}</Text></Table.Td>
              {sections.map((s) => {
                const c = row.sections.find((x) => x.section === s);
                if (!c) return <Table.Td key={s} />;
                const label = `${row.agency.name}, ${t('directives.section', { section: s })}: ${t(`board.states.${c.state}`)}`;
                return (
                  <Table.Td key={s} ta="center" bg={`var(--mantine-color-${STATE_COLOR[c.state]}-light)`}>
                    <UnstyledButton aria-label={label} title={label} onClick={() => onOpen(row.agency.id, s)} w="100%">
                      {t('board.cell', { updated: c.updated, duties: c.duties })}
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
              <Table.Td ta="center" miw={120} bg={`var(--mantine-color-${STATE_COLOR[row.state]}-light)`}>
                <Text size="sm" fw={600}>{t('board.cell', { updated: row.updated, duties: row.duties })}</Text>
                <Text size="xs">{t(`board.states.${row.state}`)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
};

export const BoardLegend = () => {
  const { t } = useTranslation();
  return (
    <Group gap="xs" aria-label={t('board.legend')}>
      {(Object.keys(STATE_COLOR) as BoardState[]).map((s) => (
        <Badge key={s} color={STATE_COLOR[s]} variant="light">{t(`board.states.${s}`)}</Badge>
      ))}
    </Group>
  );
};
