import { Button, CopyButton, Group, TextInput } from '@mantine/core';
import { useId } from 'react';

export interface CopyableLinkProps {
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  description?: string;
  'data-testid'?: string;
}

/** A one-time link, selectable in a read-only field, with a copy button next to it. */
export function CopyableLink({
  label,
  value,
  copyLabel,
  copiedLabel,
  description,
  'data-testid': testId,
}: CopyableLinkProps) {
  const id = useId();
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        id={id}
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1 }}
        data-testid={testId}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'light' : 'filled'}
            color={copied ? 'green' : undefined}
            onClick={copy}
            aria-describedby={id}
          >
            {copied ? copiedLabel : copyLabel}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
