import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../__generated__/gql';
import type { ChildCasesAndReports_ChildFragment } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';

// The child's protection cases and abuse reports, as far as the reader may see them: the server
// returns only those in their scope (none of either for a village collaborator's cases).
export const CHILD_CASES_AND_REPORTS_FRAGMENT = graphql(`
  fragment ChildCasesAndReports_child on Child {
    cases { id code status level receivedAt }
    abuseReports { id code status channel receivedAt }
  }
`);

export const ChildCasesAndReports = ({ child }: { child: ChildCasesAndReports_ChildFragment }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  if (!child.cases.length && !child.abuseReports.length) return null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        {child.cases.length > 0 && <Title order={4}>{t('child.cases')}</Title>}
        {child.cases.map((c) => (
          <Group key={c.id} gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/cases/${c.id}`}>{c.code}</Anchor>
            <Text size="sm">{enumLabel('CaseStatus', c.status)} · {enumLabel('ProtectionLevel', c.level)}</Text>
            <Text size="xs" c="dimmed">{formatDateTime(c.receivedAt)}</Text>
          </Group>
        ))}
        {child.abuseReports.length > 0 && <Title order={4}>{t('child.reports')}</Title>}
        {child.abuseReports.map((r) => (
          <Group key={r.id} gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/reports/${r.id}`}>{r.code}</Anchor>
            <Text size="sm">{enumLabel('ReportStatus', r.status)} · {enumLabel('ReportChannel', r.channel)}</Text>
            <Text size="xs" c="dimmed">{formatDateTime(r.receivedAt)}</Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
};
