import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ErrorAlertProps {
  title?: ReactNode;
  children: ReactNode;
  /** Small print under the message, e.g. the request id for support. */
  detail?: ReactNode;
}

export function ErrorAlert({ title, children, detail }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {children}
      {detail ? (
        <Text size="xs" c="dimmed" mt={4}>
          {detail}
        </Text>
      ) : null}
    </Alert>
  );
}
