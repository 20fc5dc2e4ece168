import { useSuspenseQuery } from '@apollo/client/react';
import { Permission } from '@cp/schema';
import { Button, Card, Group, NativeSelect, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LoaderFunctionArgs } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import { requirePermission } from '../../auth/require-session';
import { notifySaveError } from '../../features/children/notify-save-error';
import { DeadlineRulesTable } from '../../features/holidays/DeadlineRulesTable';
import { useDeletePublicHolidayMutation, useSavePublicHolidayMutation } from '../../features/holidays/holiday-mutations';
import { formatDate } from '../../i18n/format';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

const HOLIDAYS_QUERY = graphql(`
  query HolidaysRoute($year: Int!) {
    publicHolidays(year: $year) { day name kind source }
    deadlineRules { kind startEvent clock amount dueSoonHours responsibleRole legalBasis }
  }
`);

export const holidaysRouteLoader =
  ({ client }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requirePermission(client, request, Permission.DEADLINE_RULE_MANAGE);
    return null;
  };

const YEARS = Array.from({ length: 9 }, (_, i) => String(2021 + i));
const KINDS = ['HOLIDAY', 'TET', 'COMPENSATORY', 'WORKDAY'] as const;

// The administrator's calendar: compensatory and swapped days are announced every year.
export const HolidaysRoute = () => {
  const { t } = useTranslation();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const { data } = useSuspenseQuery(HOLIDAYS_QUERY, { variables: { year: Number(year) } });
  const [save, saving] = useSavePublicHolidayMutation();
  const [remove] = useDeletePublicHolidayMutation();
  const [draft, setDraft] = useState({ day: '', name: '', kind: 'COMPENSATORY', source: '' });
  const add = () => save({ variables: { ...draft, source: draft.source || null } }).catch((e: unknown) => notifySaveError(e, t));
  return (
    <Page title={t('holidays.title')}>
      <Card withBorder>
        <Group align="flex-end" mb="sm">
          <NativeSelect label={t('holidays.year')} data={YEARS} value={year} onChange={(e) => setYear(e.currentTarget.value)} />
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead><Table.Tr><Table.Th>{t('holidays.day')}</Table.Th><Table.Th>{t('holidays.name')}</Table.Th><Table.Th>{t('holidays.kind')}</Table.Th><Table.Th>{t('holidays.source')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {data.publicHolidays.map((h) => (
                <Table.Tr key={h.day}>
                  <Table.Td>{formatDate(h.day)}</Table.Td><Table.Td>{h.name}</Table.Td>
                  <Table.Td>{KINDS.includes(h.kind as never) ? t(`holidays.kinds.${h.kind as (typeof KINDS)[number]}`) : h.kind}</Table.Td>
                  <Table.Td>{h.source}</Table.Td>
                  <Table.Td><Button size="xs" variant="subtle" color="red" onClick={() => void remove({ variables: { day: h.day } })}>{t('holidays.delete')}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group align="flex-end" gap="sm" mt="sm" wrap="wrap">
          <TextInput label={t('holidays.day')} type="date" value={draft.day} onChange={(e) => setDraft({ ...draft, day: e.currentTarget.value })} />
          <TextInput label={t('holidays.name')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          <NativeSelect label={t('holidays.kind')} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}
            data={KINDS.map((k) => ({ value: k, label: t(`holidays.kinds.${k}`) }))} />
          <TextInput label={t('holidays.source')} value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.currentTarget.value })} />
          <Button onClick={() => void add()} loading={saving.loading} disabled={!draft.day || !draft.name.trim()}>{t('holidays.add')}</Button>
        </Group>
      </Card>
      <Card withBorder>
        <Title order={2} size="h5" mb="sm">{t('holidays.rules')}</Title>
        <DeadlineRulesTable rules={data.deadlineRules} />
      </Card>
    </Page>
  );
};
