import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Case = { id: string; status: string; assessments: { kind: string }[]; plan: { approvedAt: string | null } | null; events: { kind: string }[]; abuseReports: { id: string }[] };

// The Decree 56 forms this case has reached, each as HTML (to print) and PDF.
export const PrintForms = ({ c }: { c: Case }) => {
  const { t } = useTranslation();
  const has = (kind: string) => c.assessments.some((a) => a.kind === kind);
  const forms: [string, string, boolean][] = [
    ...c.abuseReports.map((r): [string, string, boolean] => ['01', r.id, true]),
    ['02', c.id, has('INITIAL')], ['03', c.id, has('SPECIFIC')], ['04', c.id, !!c.plan], ['05', c.id, !!c.plan?.approvedAt],
    ['06', c.id, has('REVIEW')], ['07', c.id, c.events.some((e) => e.kind === 'TEMPORARY_SEPARATION')],
  ];
  return (
    <Group gap="sm" wrap="wrap">
      <Text size="sm" fw={500}>{t('cases.print')}:</Text>
      {forms.filter(([, , ok]) => ok).map(([no, id]) => (
        <Group key={`${no}-${id}`} gap={4}>
          <Anchor href={`/api/forms/${no}/${id}`} target="_blank" size="sm">Mẫu {no}</Anchor>
          <Anchor href={`/api/forms/${no}/${id}?format=pdf`} target="_blank" size="sm">(PDF)</Anchor>
        </Group>
      ))}
    </Group>
  );
};
