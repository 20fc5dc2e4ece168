import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useEnumLabel } from '../../i18n/hooks';

type Event = { id: string; at: string; kind: string; toStatus: string | null; note: string | null; actor: { fullName: string } | null };

export const CaseTimeline = ({ events }: { events: Event[] }) => {
  const { t, i18n } = useTranslation();
  const enumLabel = useEnumLabel();
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
      {events.map((e) => (
        <Timeline.Item key={e.id} title={i18n.exists(`cases.event.${e.kind}`) ? t(`cases.event.${e.kind}` as 'cases.event.OPENED') : e.kind}>
          <Text size="xs" c="dimmed">{formatDateTime(e.at)} · {e.actor?.fullName ?? ''}{e.toStatus ? ` · ${enumLabel('CaseStatus', e.toStatus)}` : ''}</Text>
          {e.note && <Text size="sm">{e.note}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
};
