import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type DetailItem = { label: string; value: ReactNode };

// A <dl> of label/value pairs: one column on phones, two from the "sm" breakpoint.
export const DetailList = ({ items, empty }: { items: DetailItem[]; empty: string }) => (
  <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs" m={0}>
    {items.map((item) => (
      <div key={item.label}>
        <Text component="dt" size="sm" c="dimmed">
          {item.label}
        </Text>
        <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
          {item.value === null || item.value === undefined || item.value === '' ? empty : item.value}
        </Text>
      </div>
    ))}
  </SimpleGrid>
);
