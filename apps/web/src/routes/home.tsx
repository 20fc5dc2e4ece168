import { Card, SimpleGrid, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { useEnumLabel } from '../i18n/hooks';
import { Page } from '../ui/Page';

// The charts library is large: only the lead officer's home page downloads it.
const HomeDashboard = lazy(async () => ({ default: (await import('../features/analytics/HomeDashboard')).HomeDashboard }));

export const HomeRoute = () => {
  const { t } = useTranslation();
  const me = useSession();
  const enumLabel = useEnumLabel();

  const facts = [
    { label: t('home.role'), value: enumLabel('Role', me.role) },
    { label: t('home.jurisdiction'), value: me.jurisdiction?.name ?? t('home.noJurisdiction') },
    ...(me.agency ? [{ label: t('home.agency'), value: me.agency.name }] : []),
  ];

  return (
    <Page title={t('home.greeting', { name: me.fullName })}>
      <SimpleGrid cols={{ base: 1, sm: facts.length }} spacing="sm">
        {facts.map((fact) => (
          <Card key={fact.label} withBorder padding="md">
            <Text size="sm" c="dimmed">
              {fact.label}
            </Text>
            <Text fw={500}>{fact.value}</Text>
          </Card>
        ))}
      </SimpleGrid>
      {me.role === 'LEAD_OFFICER' && (
        <Suspense fallback={null}>
          <HomeDashboard />
        </Suspense>
      )}
    </Page>
  );
};
