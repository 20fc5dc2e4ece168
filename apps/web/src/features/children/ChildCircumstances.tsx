import { CIRCUMSTANCE_SUBGROUPS, SpecialCircumstance } from '@cp/schema';
import { Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql';
import type { ChildCircumstances_ChildFragment } from '../../__generated__/graphql';
import { formatDate, parseDisplayDate, todayInVietnam } from '../../i18n/format';
import { useEnumLabel, useLocale } from '../../i18n/hooks';
import { notifySaveError } from './notify-save-error';
import { useAddChildCircumstanceMutation, useEndChildCircumstanceMutation } from './useCircumstanceMutations';

export const CHILD_CIRCUMSTANCES_FRAGMENT = graphql(`
  fragment ChildCircumstances_child on Child {
    id
    version
    circumstances {
      id
      group
      subgroup
      since
      until
      note
    }
  }
`);

type Props = { child: ChildCircumstances_ChildFragment; canEdit: boolean };

// Circumstances with their history: current ones first, ended ones kept with their dates.
export const ChildCircumstances = ({ child, canEdit }: Props) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  const [group, setGroup] = useState<string | null>(null);
  const [subgroup, setSubgroup] = useState<string | null>(null);
  const [since, setSince] = useState(formatDate(todayInVietnam()));
  const [note, setNote] = useState('');
  const [sinceError, setSinceError] = useState<string | null>(null);
  const [add, { loading }] = useAddChildCircumstanceMutation();
  const [end] = useEndChildCircumstanceMutation();
  const today = todayInVietnam();
  const rows = [...child.circumstances].sort((a, b) => Number(Boolean(a.until)) - Number(Boolean(b.until)) || b.since.localeCompare(a.since));
  const subgroups = CIRCUMSTANCE_SUBGROUPS.filter((s) => s.group === group).map((s) => ({ value: s.code, label: s[locale] }));
  const subgroupLabel = (code: string | null) => CIRCUMSTANCE_SUBGROUPS.find((s) => s.code === code)?.[locale] ?? code;

  const submit = async () => {
    const sinceIso = parseDisplayDate(since);
    if (!sinceIso) return setSinceError(t('validation.date'));
    if (!group) return;
    try {
      await add({ variables: { input: { childId: child.id, expectedVersion: child.version, group: group as SpecialCircumstance, subgroup, since: sinceIso, note: note.trim() || null } } });
      setAdding(false);
      setGroup(null);
      setSubgroup(null);
      setNote('');
    } catch (error) {
      const apiError = notifySaveError(error, t);
      if (apiError.fields.since) setSinceError(apiError.fields.since);
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">{t('registry.circumstances')}</Title>
          {canEdit && !adding && <Button size="xs" variant="light" onClick={() => setAdding(true)}>{t('registry.addCircumstance')}</Button>}
        </Group>
        {rows.length === 0 && <Text size="sm" c="dimmed">{t('registry.noCircumstances')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={320}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registry.group')}</Table.Th>
                  <Table.Th>{t('registry.since')}</Table.Th>
                  <Table.Th>{t('registry.until')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => {
                  const current = !c.until || c.until > today;
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        {enumLabel('SpecialCircumstance', c.group)}
                        {c.subgroup && <Text size="xs" c="dimmed">{subgroupLabel(c.subgroup)}</Text>}
                        {c.note && <Text size="xs">{c.note}</Text>}
                      </Table.Td>
                      <Table.Td>{formatDate(c.since)}</Table.Td>
                      <Table.Td>{c.until ? formatDate(c.until) : <Badge color="orange" variant="light">{t('registry.current')}</Badge>}</Table.Td>
                      <Table.Td>
                        {canEdit && current && !c.until && (
                          <Button size="xs" variant="subtle" onClick={() => void end({ variables: { input: { circumstanceId: c.id, until: today } } }).catch((e: unknown) => notifySaveError(e, t))}>
                            {t('registry.endCircumstance')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {adding && (
          <Stack gap="xs">
            <Select
              label={t('registry.group')}
              data={Object.values(SpecialCircumstance).map((value) => ({ value, label: enumLabel('SpecialCircumstance', value) }))}
              value={group}
              onChange={(v) => { setGroup(v); setSubgroup(null); }}
              searchable
              required
            />
            {subgroups.length > 0 && <Select label={t('registry.subgroup')} data={subgroups} value={subgroup} onChange={setSubgroup} clearable />}
            <TextInput label={t('registry.since')} value={since} onChange={(e) => { setSince(e.currentTarget.value); setSinceError(null); }} error={sinceError} placeholder="dd/mm/yyyy" />
            <TextInput label={t('registry.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Group>
              <Button onClick={() => void submit()} loading={loading} disabled={!group}>{t('registry.save')}</Button>
              <Button variant="default" onClick={() => setAdding(false)}>{t('registry.cancel')}</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
};
