import { Paper, Stack, Text } from '@mantine/core';
import { type DragEvent, type ReactNode, type Ref, useState } from 'react';

export interface FileDropZoneProps {
  /** The id of the file input, for the label (and the description and error) around it. */
  id: string;
  /** The file types the picker offers, as for `<input accept>`. */
  accept: string;
  /** Called with the chosen or dropped file; `undefined` when the choice is cleared. */
  onFile: (file: File | undefined) => void;
  /** Under the input: what was chosen, or what may be dropped here. */
  caption: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  name?: string;
  invalid?: boolean;
  'aria-describedby'?: string;
  'data-testid'?: string;
  captionTestId?: string;
}

/**
 * A file input inside a dashed area a file can also be dropped on. Label, description and
 * error stay with the caller (a Mantine `Input.Wrapper` around it), tied to the input by `id`.
 */
export function FileDropZone({
  id,
  accept,
  onFile,
  caption,
  inputRef,
  name = 'file',
  invalid = false,
  'aria-describedby': describedBy,
  'data-testid': testId,
  captionTestId,
}: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      mt={4}
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: dragging ? 'var(--mantine-color-blue-6)' : undefined,
        background: dragging ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Stack gap="xs" align="flex-start">
        <input
          ref={inputRef}
          id={id}
          type="file"
          name={name}
          accept={accept}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onFile(event.currentTarget.files?.[0])}
        />
        <Text size="sm" c="dimmed" data-testid={captionTestId}>
          {caption}
        </Text>
      </Stack>
    </Paper>
  );
}
