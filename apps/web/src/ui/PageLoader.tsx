import { Center, Loader } from '@mantine/core';

export const PageLoader = ({ label }: { label: string }) => (
  <Center mih={160} role="status" aria-label={label}>
    <Loader size="md" />
  </Center>
);
