import { BellIcon } from '../../ui/BellIcon';
import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql';
import { formatDateTime } from '../../i18n/format';

const UNREAD_QUERY = graphql(`
  query UnreadNotifications {
    unreadNotificationCount
    myNotifications(unreadOnly: true, first: 20) { id message createdAt }
  }
`);
const MARK_READ = graphql(`
  mutation MarkNotificationsRead {
    markNotificationsRead
  }
`);

// The header badge: unread in-app notifications (missed deadlines, ...), polled every minute.
export const NotificationBell = () => {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(UNREAD_QUERY, { pollInterval: 60_000 });
  const [markRead] = useMutation(MARK_READ);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Popover position="bottom-end" width={300} shadow="md">
      <Popover.Target>
        <Indicator label={count} size={16} disabled={count === 0} offset={4}>
          <ActionIcon variant="subtle" size="lg" aria-label={count ? t('notifications.unread', { count }) : t('notifications.label')}>
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {(data?.myNotifications ?? []).length === 0 ? <Text size="sm">{t('notifications.empty')}</Text> : data!.myNotifications.map((n) => (
            <div key={n.id}>
              <Text size="sm">{n.message}</Text>
              <Text size="xs" c="dimmed">{formatDateTime(n.createdAt)}</Text>
            </div>
          ))}
          {count > 0 && <Button size="xs" variant="light" onClick={async () => { await markRead(); await refetch(); }}>{t('notifications.markAllRead')}</Button>}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
};
