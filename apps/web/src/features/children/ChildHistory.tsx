import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql';
import type { ChildHistory_ChildFragment } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';

export const CHILD_HISTORY_FRAGMENT = graphql(`
  fragment ChildHistory_child on Child {
    id
    changeHistory {
      id
      at
      action
      actor {
        id
        fullName
      }
    }
  }
`);

// The record's change history, from the audit log (newest first).
export const ChildHistory = ({ child }: { child: ChildHistory_ChildFragment }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">{t('registry.history')}</Title>
        {child.changeHistory.length === 0 ? (
          <Text size="sm" c="dimmed">{t('registry.noHistory')}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {child.changeHistory.map((e) => (
              <List.Item key={e.id}>
                {formatDateTime(e.at)} — {enumLabel('ChildHistoryAction', e.action)}
                {e.actor && ` ${t('registry.by', { name: e.actor.fullName })}`}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
};
