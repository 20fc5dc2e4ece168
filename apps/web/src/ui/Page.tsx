import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export type PageProps = {
  title: ReactNode;
  // Buttons or links shown beside the title (they wrap under it on narrow screens).
  actions?: ReactNode;
  children: ReactNode;
};

export const Page = ({ title, actions, children }: PageProps) => (
  <Stack gap="md">
    <Group justify="space-between" align="center" gap="sm">
      <Title order={1} size="h2">
        {title}
      </Title>
      {actions}
    </Group>
    {children}
  </Stack>
);
