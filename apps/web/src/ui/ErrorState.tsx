import { Alert, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export type ErrorStateProps = {
  title: string;
  message: ReactNode;
  actions?: { label: string; onClick: () => void }[];
};

export const ErrorState = ({ title, message, actions = [] }: ErrorStateProps) => (
  <Stack gap="sm" maw={640}>
    <Alert color="red" variant="light" title={title} role="alert">
      {message}
    </Alert>
    {actions.length > 0 && (
      <Group gap="xs">
        {actions.map((action) => (
          <Button key={action.label} variant="default" onClick={action.onClick}>
            {action.label}
          </Button>
        ))}
      </Group>
    )}
  </Stack>
);
