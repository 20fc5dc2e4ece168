import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../i18n/format';
import { nextDue, type DuePeriod } from './next-due';

export const NextDueBanner = ({ periods }: { periods: readonly DuePeriod[] }) => {
  const { t } = useTranslation();
  const next = nextDue(periods, todayInVietnam());
  if (!next) return <Alert variant="light" color="gray">{t('directives.allPast')}</Alert>;
  return (
    <Alert variant="light" color={next.days <= 7 ? 'orange' : 'blue'} role="status">
      {next.days === 0
        ? t('directives.nextDueToday', { period: next.period.label })
        : t('directives.nextDue', { period: next.period.label, days: next.days })}
    </Alert>
  );
};
