import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodicReportsRouteQuery } from '../../__generated__/graphql';

type Report = NonNullable<PeriodicReportsRouteQuery['periodicReport']>;

// The report as the documents show it: the heading, then one table per section.
export const ReportPreview = ({ report }: { report: Report }) => {
  const { t } = useTranslation();
  const h = report.heading;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Stack gap={0} ta="center">
          {h.parentBody && <Text size="sm">{h.parentBody}</Text>}
          <Text size="sm" fw={700}>{h.issuingBody}</Text>
          <Text size="sm">{h.number}</Text>
        </Stack>
        <Stack gap={0} ta="center">
          <Text size="sm" fw={700}>{h.nationalMotto[0]}</Text>
          <Text size="sm" fw={700} td="underline">{h.nationalMotto[1]}</Text>
          <Text size="sm" fs="italic">{h.placeAndDate}</Text>
        </Stack>
      </SimpleGrid>
      <Stack gap={0} ta="center">
        <Title order={2} size="h3" mt="sm">{h.title}</Title>
        <Text fw={600}>{h.subtitle}</Text>
        <Text size="sm">{t('periodicReports.addressee', { to: h.addressees.join('; ') })}</Text>
      </Stack>
      {report.sections.map((s, i) => (
        <Stack key={s.key} gap={4}>
          <Title order={3} size="h5">{i + 1}. {s.title}</Title>
          {!s.available ? (
            <Text size="sm" fs="italic" c="dimmed">{t('periodicReports.noData')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={320}>
              <Table withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('periodicReports.indicator')}</Table.Th>
                    {s.columns.map((c) => <Table.Th key={c} ta="right">{c}</Table.Th>)}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.lines.map((l) => (
                    <Table.Tr key={l.label}>
                      <Table.Td>{l.label}</Table.Td>
                      {l.values.map((v, k) => <Table.Td key={k} ta="right">{v === null ? t('periodicReports.noData') : v.toLocaleString('vi-VN')}</Table.Td>)}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      ))}
    </Stack>
  );
};
