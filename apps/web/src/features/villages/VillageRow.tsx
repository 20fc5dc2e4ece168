import { Badge, Button, Group, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySaveError } from '../children/notify-save-error';
import { formatDate, todayInVietnam } from '../../i18n/format';
import { useRenameVillageMutation, useRetireVillageMutation } from './village-mutations';

export type Village = { id: string; code: string; name: string; validTo: string | null; version: number };

// One village: rename in place, or retire it from today (its children keep it on their record).
export const VillageRow = ({ village }: { village: Village }) => {
  const { t } = useTranslation();
  const [name, setName] = useState(village.name);
  const [rename, renaming] = useRenameVillageMutation();
  const [retire, retiring] = useRetireVillageMutation();
  const retired = village.validTo !== null;
  const save = () =>
    rename({ variables: { id: village.id, name: name.trim(), expectedVersion: village.version } }).catch((e: unknown) => notifySaveError(e, t));
  const stop = () =>
    retire({ variables: { id: village.id, validTo: todayInVietnam(), expectedVersion: village.version } }).catch((e: unknown) => notifySaveError(e, t));
  return (
    <Table.Tr>
      <Table.Td>{village.code}</Table.Td>
      <Table.Td>
        {retired ? village.name : <TextInput aria-label={t('villages.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />}
      </Table.Td>
      <Table.Td>
        {retired ? (
          <Badge color="gray">{t('villages.retiredOn', { date: formatDate(village.validTo) })}</Badge>
        ) : (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" onClick={() => void save()} loading={renaming.loading} disabled={!name.trim() || name.trim() === village.name}>
              {t('villages.rename')}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => void stop()} loading={retiring.loading}>
              {t('villages.retire')}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
};
