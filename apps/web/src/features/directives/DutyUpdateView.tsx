import { Anchor, Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql';
import type { DutyUpdateView_UpdateFragment } from '../../__generated__/graphql';
import { useEnumLabel } from '../../i18n/hooks';
import { formatDateTime } from '../../i18n/format';

export const DUTY_UPDATE_VIEW_FRAGMENT = graphql(`
  fragment DutyUpdateView_update on DutyUpdate {
    id
    status
    progress
    summary
    late
    submitted
    version
    submittedAt
    updatedAt
    indicators {
      name
      value
    }
    submittedBy {
      id
      fullName
    }
    attachments {
      id
      fileName
      size
      url
    }
    history {
      id
      version
      submitted
      status
      progress
      summary
      late
      at
      by {
        id
        fullName
      }
    }
  }
`);

// One update with its evidence and its history (drill-down of the board, and the duty page).
export const DutyUpdateView = ({ update: u }: { update: DutyUpdateView_UpdateFragment }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge color={u.submitted ? 'green' : 'gray'}>{u.submitted ? t('duty.sent') : t('duty.draft')}</Badge>
        {u.submitted && <Badge color={u.late ? 'red' : 'teal'}>{u.late ? t('duty.late') : t('duty.onTime')}</Badge>}
        <Badge variant="light">{label('DutyStatus', u.status)}</Badge>
        <Badge variant="outline">{u.progress}%</Badge>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{u.summary}</Text>
      {u.indicators.map((i) => (
        <Text key={i.name} size="sm">
          {i.name}: <strong>{i.value.toLocaleString('vi-VN')}</strong>
        </Text>
      ))}
      {u.attachments.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>{t('duty.attachments')}</Text>
          {u.attachments.map((a) => (
            <Anchor key={a.id} href={a.url} size="sm">{a.fileName}</Anchor>
          ))}
        </Stack>
      )}
      <Text size="sm" fw={600}>{t('duty.history')}</Text>
      <Timeline bulletSize={12} lineWidth={2}>
        {u.history.map((h) => (
          <Timeline.Item key={h.id} title={`${t('duty.version', { version: h.version })} — ${h.submitted ? t('duty.sent') : t('duty.draft')}`}>
            <Text size="xs" c="dimmed">{t('duty.by', { name: h.by.fullName, at: formatDateTime(h.at) })}</Text>
            <Text size="xs">{label('DutyStatus', h.status)} · {h.progress}% · {h.summary}</Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
};
