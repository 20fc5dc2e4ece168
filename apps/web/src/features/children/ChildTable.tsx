import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChildRow_ChildFragment } from '../../__generated__/graphql';
import { ChildRow } from './ChildRow';

export const ChildTable = ({ rows }: { rows: readonly ChildRow_ChildFragment[] }) => {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('children.empty')}</Text>;
  return (
    // Six columns do not fit a 360 px phone: the table scrolls sideways inside its own box instead.
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('children.columns.code')}</Table.Th>
            <Table.Th>{t('children.columns.fullName')}</Table.Th>
            <Table.Th>{t('children.columns.dateOfBirth')}</Table.Th>
            <Table.Th>{t('children.columns.sex')}</Table.Th>
            <Table.Th>{t('children.columns.commune')}</Table.Th>
            <Table.Th>{t('children.columns.village')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((child) => (
            <ChildRow key={child.id} child={child} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
