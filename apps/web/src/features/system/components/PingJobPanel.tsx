import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { JobState } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { errorRequestId, errorText } from '../../../api/error-text';
import { currentLocale } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../ui';
import { type JobStatus, asPingResult, isFinished } from '../api/system.api';
import { useJobStatus, useRunPing } from '../hooks/usePingJob';

const STATE_COLOR: Record<JobState, string> = {
  waiting: 'gray',
  delayed: 'gray',
  prioritized: 'gray',
  'waiting-children': 'gray',
  active: 'blue',
  completed: 'green',
  failed: 'red',
  unknown: 'gray',
};

/** The visible proof of the api → queue → worker round trip. */
export function PingJobPanel() {
  const { t } = useTranslation();
  const run = useRunPing();
  const job = useJobStatus(run.data);
  const following = run.data !== undefined && !isFinished(job.data) && !job.isError;
  const failure = run.error ?? job.error;
  const requestId = errorRequestId(failure);

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="ping-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="ping-title">
          {t('system.pingTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('system.pingIntro')}
        </Text>
        <Group>
          <Button onClick={() => run.mutate({ delayMs: 500 })} loading={run.isPending || following}>
            {t('system.runPing')}
          </Button>
        </Group>
        {failure ? (
          <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
            {errorText(t, failure)}
          </ErrorAlert>
        ) : null}
        {run.data ? (
          <Text size="sm">{t('system.job', { id: run.data.id, queue: run.data.queue })}</Text>
        ) : null}
        {job.data ? <JobDetails job={job.data} /> : null}
      </Stack>
    </Card>
  );
}

function JobDetails({ job }: { job: JobStatus }) {
  const { t, i18n } = useTranslation();
  const result = asPingResult(job.result);
  const progress = Math.max(0, Math.min(100, job.progress));
  return (
    <Stack gap="sm" data-testid="ping-job" data-state={job.state} aria-live="polite">
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('system.jobState')}:
        </Text>
        <Badge color={STATE_COLOR[job.state]} variant="light" tt="none" data-testid="job-state">
          {t(`system.state.${job.state}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('system.attempts')}:{' '}
          {t('system.attemptsValue', { made: job.attemptsMade, max: job.maxAttempts })}
        </Text>
      </Group>
      <Progress
        value={progress}
        color={job.state === 'failed' ? 'red' : job.state === 'completed' ? 'green' : 'blue'}
        size="lg"
        aria-label={t('system.progress')}
        animated={!isFinished(job)}
      />
      {result ? (
        <Table variant="vertical" captionSide="top" data-testid="ping-result">
          <Table.Caption>{t('system.resultTitle')}</Table.Caption>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>{t('system.resultMessage')}</Table.Th>
              <Table.Td>{result.message}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('system.processedBy')}</Table.Th>
              <Table.Td>
                <Code>{result.processedBy}</Code>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('system.processedAt')}</Table.Th>
              <Table.Td>
                {new Date(result.processedAt).toLocaleString(currentLocale(i18n), {
                  dateStyle: 'short',
                  timeStyle: 'medium',
                })}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('system.attempt')}</Table.Th>
              <Table.Td>{result.attempt}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      ) : null}
      {job.state === 'failed' && job.failedReason ? (
        <ErrorAlert title={t('system.failedReason')}>{job.failedReason}</ErrorAlert>
      ) : null}
    </Stack>
  );
}
