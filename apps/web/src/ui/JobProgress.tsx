import { Badge, Group, Progress, Stack, type StackProps, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface JobProgressTestIds {
  /** On the whole block, which also carries `data-state`. */
  status?: string;
  state?: string;
  progress?: string;
}

export interface JobProgressProps {
  /** The job's state as the code knows it, e.g. `running`; set as `data-state`. */
  state: string;
  /** What precedes the state badge, e.g. "State"; a colon follows it. */
  title: ReactNode;
  /** The state in words, in the badge. */
  stateLabel: ReactNode;
  /** Mantine colour of the badge and the bar. */
  color: string;
  /** Percent done; clamped to 0–100. */
  progress: number;
  /** The accessible name of the progress bar. */
  progressLabel: string;
  finished: boolean;
  /** Shown, and announced, once the job is finished. */
  outcome: ReactNode;
  /** Beside the badge, e.g. the file name. */
  caption?: ReactNode;
  testIds?: JobProgressTestIds;
  maw?: StackProps['maw'];
}

/** Follows a background job: its state, a progress bar, then its outcome in a live region. */
export function JobProgress({
  state,
  title,
  stateLabel,
  color,
  progress,
  progressLabel,
  finished,
  outcome,
  caption,
  testIds = {},
  maw,
}: JobProgressProps) {
  return (
    <Stack gap="sm" data-testid={testIds.status} data-state={state} maw={maw}>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {title}:
        </Text>
        <Badge color={color} variant="light" tt="none" data-testid={testIds.state}>
          {stateLabel}
        </Badge>
        {caption ? (
          <Text size="sm" c="dimmed">
            {caption}
          </Text>
        ) : null}
      </Group>
      <Progress
        value={Math.max(0, Math.min(100, progress))}
        size="lg"
        color={color}
        animated={!finished}
        aria-label={progressLabel}
        data-testid={testIds.progress}
      />
      {/* Announced once, when the outcome is known. */}
      <div aria-live="polite">{finished ? outcome : null}</div>
    </Stack>
  );
}
