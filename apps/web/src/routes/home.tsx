import { Card, SimpleGrid, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@cp/schema';
import { useSession } from '../auth/session';
import { AssignedMeasuresPanel } from '../features/worklist/AssignedMeasuresPanel';
import { WorklistPanel } from '../features/worklist/WorklistPanel';
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
      {/* Commune officers and chairs start from what is due; agencies from the measures assigned to them. */}
      {me.permissions.includes(Permission.CASE_WRITE) || me.permissions.includes(Permission.CASE_APPROVE) ? <WorklistPanel /> : null}
      {me.permissions.includes(Permission.CASE_READ) && !me.permissions.includes(Permission.REPORT_READ) ? <AssignedMeasuresPanel /> : null}
      {me.role === 'LEAD_OFFICER' && (
        <Suspense fallback={null}>
          <HomeDashboard />
        </Suspense>
      )}
    </Page>
  );
};
