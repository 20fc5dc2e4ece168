import { Table, Title } from '@mantine/core';
import { CHILD_IMPORT_COLUMNS } from '@cp/schema';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/hooks';
import type { ImportRowError } from './upload-import';

// Every bad row with its row number (as the spreadsheet numbers it), the column and the message.
export const ImportErrors = ({ errors }: { errors: readonly ImportRowError[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const columnName = (key: string) => CHILD_IMPORT_COLUMNS.find((c) => c.key === key)?.[locale] ?? key;
  return (
    <>
      <Title order={2} size="h4">{t('registry.errorsTitle')}</Title>
      <Table.ScrollContainer minWidth={320}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.row')}</Table.Th>
              <Table.Th>{t('registry.field')}</Table.Th>
              <Table.Th>{t('registry.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.slice(0, 1000).map((e, i) => (
              <Table.Tr key={`${e.row}-${e.field}-${i}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{columnName(e.field)}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
};
