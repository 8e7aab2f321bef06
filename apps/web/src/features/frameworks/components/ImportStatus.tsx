import { Alert, Anchor, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { FrameworkImportState } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorRequestId, errorText } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import { type FrameworkImport, isImportFinished } from '../api/frameworks.api';
import { useFrameworkImport } from '../hooks/useFrameworks';
import { importErrorText } from './import-errors';
import { WarningsList } from './WarningsList';

const STATE_COLOR: Record<FrameworkImportState, string> = {
  queued: 'gray',
  running: 'blue',
  completed: 'green',
  failed: 'red',
};

/** Follows an import: a progress bar and its state, then the outcome. */
export function ImportStatus({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const status = useFrameworkImport(importId);
  const requestId = errorRequestId(status.error);
  if (status.isError) {
    return (
      <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
        {errorText(t, status.error)}
      </ErrorAlert>
    );
  }
  const current = status.data;
  const state = current?.state ?? 'queued';
  const progress = Math.max(0, Math.min(100, current?.progress ?? 0));
  const finished = isImportFinished(current);
  return (
    <Stack gap="sm" data-testid="import-status" data-state={state} maw={720}>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('frameworks.import.state')}:
        </Text>
        <Badge color={STATE_COLOR[state]} variant="light" tt="none" data-testid="import-state">
          {t(`frameworks.import.states.${state}`)}
        </Badge>
        {current?.fileName ? (
          <Text size="sm" c="dimmed">
            {current.fileName}
          </Text>
        ) : null}
      </Group>
      <Progress
        value={progress}
        size="lg"
        color={STATE_COLOR[state]}
        animated={!finished}
        aria-label={t('frameworks.import.progress')}
        data-testid="import-progress"
      />
      {/* Announced once, when the outcome is known. */}
      <div aria-live="polite">{current && finished ? <Outcome status={current} /> : null}</div>
    </Stack>
  );
}

function Outcome({ status }: { status: FrameworkImport }) {
  const { t } = useTranslation();
  if (status.state === 'failed') {
    return (
      <ErrorAlert title={t('frameworks.import.failed')}>
        {status.error ? importErrorText(t, status.error) : t('frameworks.import.failedUnknown')}
      </ErrorAlert>
    );
  }
  const code = status.frameworkCode ?? '';
  const version = status.version ?? undefined;
  const href = `/frameworks/${encodeURIComponent(code)}${version ? `?version=${version}` : ''}`;
  return (
    <Stack gap="sm">
      <Alert
        color={status.created === false ? 'blue' : 'green'}
        variant="light"
        title={
          status.created === false
            ? t('frameworks.import.identical', { code, version })
            : t('frameworks.import.created', { code, version })
        }
        data-testid="import-outcome"
        data-created={String(status.created)}
      >
        <Anchor component={Link} to={href} data-testid="import-framework-link">
          {t('frameworks.import.open', { code, version })}
        </Anchor>
      </Alert>
      <WarningsList warnings={status.warnings} />
    </Stack>
  );
}
