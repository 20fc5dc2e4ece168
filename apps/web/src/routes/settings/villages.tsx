import { useSuspenseQuery } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Button, Card, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import { requirePermission } from '../../auth/require-session';
import { useSession } from '../../auth/session';
import { notifySaveError } from '../../features/children/notify-save-error';
import { useAddVillageMutation } from '../../features/villages/village-mutations';
import { VillageRow } from '../../features/villages/VillageRow';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const COMMUNES_QUERY = graphql(`
  query VillageCommunes($parentId: ID!) {
    adminUnits(parentId: $parentId, level: COMMUNE) { id name }
  }
`);
const VILLAGES_QUERY = graphql(`
  query VillagesOfCommune($communeId: ID!) {
    adminUnits(parentId: $communeId, level: VILLAGE, includeHistorical: true) { id code name validTo version }
  }
`);

export const villagesRouteLoader =
  ({ client }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requirePermission(client, request, Permission.ADMIN_UNIT_MANAGE);
    return null;
  };

const Villages = ({ communeId }: { communeId: string }) => {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(VILLAGES_QUERY, { variables: { communeId } });
  const [add, adding] = useAddVillageMutation();
  const [name, setName] = useState('');
  const submit = () =>
    add({ variables: { communeId, name: name.trim() } })
      .then(() => setName(''))
      .catch((e: unknown) => notifySaveError(e, t));
  return (
    <Card withBorder>
      <Table.ScrollContainer minWidth={420}>
        <Table>
          <Table.Thead>
            <Table.Tr><Table.Th>{t('villages.code')}</Table.Th><Table.Th>{t('villages.name')}</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.adminUnits.map((v) => <VillageRow key={v.id} village={v} />)}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data.adminUnits.length === 0 && <Text c="dimmed" size="sm">{t('villages.none')}</Text>}
      <Group align="flex-end" mt="md">
        <TextInput label={t('villages.newName')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Button onClick={() => void submit()} loading={adding.loading} disabled={!name.trim()}>{t('villages.add')}</Button>
      </Group>
    </Card>
  );
};

// Villages (thôn, bản) have no official code: the commune keeps its own list. A commune officer
// manages their commune's; the district office and the admin pick a commune first.
export const VillagesRoute = () => {
  const { t } = useTranslation();
  const me = useSession();
  const ownCommune = me.jurisdiction?.level === 'COMMUNE' ? { value: me.jurisdiction.id, label: me.jurisdiction.name } : null;
  const { data } = useSuspenseQuery(COMMUNES_QUERY, { variables: { parentId: me.jurisdiction?.id ?? '' }, skip: !!ownCommune });
  const options = ownCommune ? [ownCommune] : (data?.adminUnits ?? []).map((c) => ({ value: c.id, label: c.name }));
  const [communeId, setCommuneId] = useState<string | null>(ownCommune?.value ?? null);
  return (
    <Page title={t('villages.title')}>
      <Select label={t('villages.commune')} data={options} value={communeId} onChange={setCommuneId} searchable maw={360} mb="md" />
      {communeId && <Villages communeId={communeId} />}
    </Page>
  );
};
