import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageTitle({ title, intro }: { title: ReactNode; intro?: ReactNode }) {
  return (
    <Stack gap="xs" mb="lg">
      <Title order={1}>{title}</Title>
      {intro ? (
        <Text c="dimmed" maw={720}>
          {intro}
        </Text>
      ) : null}
    </Stack>
  );
}
