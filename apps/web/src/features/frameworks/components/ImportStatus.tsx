import { Alert, Anchor, Stack } from '@mantine/core';
import type { FrameworkImportState } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorRequestId, errorText } from '../../../api/error-text';
import { ErrorAlert, JobProgress } from '../../../ui';
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
  return (
    <JobProgress
      state={state}
      title={t('frameworks.import.state')}
      stateLabel={t(`frameworks.import.states.${state}`)}
      color={STATE_COLOR[state]}
      caption={current?.fileName}
      progress={current?.progress ?? 0}
      progressLabel={t('frameworks.import.progress')}
      finished={isImportFinished(current)}
      outcome={current ? <Outcome status={current} /> : null}
      testIds={{ status: 'import-status', state: 'import-state', progress: 'import-progress' }}
      maw={720}
    />
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
