import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useEnumLabel, useLocale } from '../../i18n/hooks';
import { formatDuration, timeLeft } from './time-left';

const COLOR: Record<string, string> = { PENDING: 'blue', DUE_SOON: 'orange', MET: 'green', MISSED: 'red' };

export type DeadlineView = { kind: string; dueAt: string; metAt: string | null; state: string };

// A deadline with its state and the time left (or overdue) in words.
export const DeadlineBadge = ({ deadline, showKind = true }: { deadline: DeadlineView; showKind?: boolean }) => {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const locale = useLocale();
  const left = timeLeft(deadline.dueAt);
  const detail = deadline.metAt
    ? t('cases.metAt', { at: formatDateTime(deadline.metAt) })
    : left.overdue ? t('cases.overdue', { time: formatDuration(left, locale) }) : t('cases.timeLeft', { time: formatDuration(left, locale) });
  return (
    <Group gap="xs" wrap="wrap">
      {showKind && <Text size="sm" fw={500}>{enumLabel('DeadlineKind', deadline.kind)}</Text>}
      <Badge color={COLOR[deadline.state] ?? 'gray'} variant="light">{enumLabel('DeadlineState', deadline.state)}</Badge>
      <Text size="sm">{formatDateTime(deadline.dueAt)}</Text>
      <Text size="sm" c={left.overdue && !deadline.metAt ? 'red' : 'dimmed'}>({detail})</Text>
    </Group>
  );
};
