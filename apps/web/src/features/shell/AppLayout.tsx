import type { Locale } from '@cp/schema';
import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import '@mantine/notifications/styles.css';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import type { SessionUser } from '../../auth/session';
import { useEnumLabel, useLanguageNames, useLocale } from '../../i18n/hooks';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { PageLoader } from '../../ui/PageLoader';
import { visibleNavItems } from './nav-items';
import { NotificationBell } from './NotificationBell';

export type AppLayoutProps = {
  me: SessionUser;
  onLocaleChange: (locale: Locale) => void;
  onSignOut: () => void;
  signingOut: boolean;
};

export const AppLayout = ({ me, onLocaleChange, onSignOut, signingOut }: AppLayoutProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const languageNames = useLanguageNames();
  const enumLabel = useEnumLabel();
  const { pathname } = useLocation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <Notifications position="top-center" />
      <AppShell.Header>
        <Group h="100%" px="sm" gap="xs" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={2} size="h5" lineClamp={1}>
              {t('app.shortTitle')}
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch
              value={locale}
              onChange={onLocaleChange}
              label={t('language.label')}
              names={languageNames}
            />
            <Button variant="subtle" size="xs" px={6} onClick={onSignOut} loading={signingOut}>
              {t('nav.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        <AppShell.Section grow component={ScrollArea}>
          {visibleNavItems(me.permissions).map((item) => {
            const active = item.isActive(pathname);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={closeNav}
              />
            );
          })}
        </AppShell.Section>
        <AppShell.Section p="xs">
          <Stack gap={0}>
            <Text size="sm" fw={500} truncate="end">
              {me.fullName}
            </Text>
            <Text size="xs" c="dimmed">
              {enumLabel('Role', me.role)}
            </Text>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Suspense fallback={<PageLoader label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
};
