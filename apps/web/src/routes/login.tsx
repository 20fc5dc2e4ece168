import { useApolloClient } from '@apollo/client/react';
import type { Locale } from '@cp/schema';
import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../apollo/errors';
import { safeNextPath } from '../auth/login-path';
import { LoginForm, type LoginFailure, type LoginValues } from '../features/account/LoginForm';
import { useLoginMutation } from '../features/account/useLoginMutation';
import { useLanguageNames, useLocale } from '../i18n/hooks';
import { applyLocale } from '../i18n/i18n';
import { LanguageSwitch } from '../ui/LanguageSwitch';

export const LoginRoute = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const languageNames = useLanguageNames();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const client = useApolloClient();
  const [login] = useLoginMutation();

  const handleSubmit = async (values: LoginValues): Promise<LoginFailure | undefined> => {
    try {
      await login({ variables: values });
    } catch (error) {
      const apiError = toApiError(error);
      return { message: apiError.message ?? t('errors.network'), fields: apiError.fields };
    }
    // Whatever was cached while signed out (me: null) belongs to no one: start the session clean.
    await client.clearStore();
    await navigate(safeNextPath(searchParams.get('next')), { replace: true });
    return undefined;
  };

  return (
    <Center mih="100dvh" p="md" component="main">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="flex-end">
          <LanguageSwitch
            value={locale}
            onChange={(next: Locale) => void applyLocale(next)}
            label={t('language.label')}
            names={languageNames}
          />
        </Group>
        <div>
          <Title order={1} size="h3">
            {t('app.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('login.subtitle')}
          </Text>
        </div>
        <Paper withBorder shadow="xs" p="lg" radius="md">
          <LoginForm onSubmit={handleSubmit} />
        </Paper>
      </Stack>
    </Center>
  );
};
