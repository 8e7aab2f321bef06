import { Alert, Anchor, Group, Stack } from '@mantine/core';
import type { OrganisationImportState } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, JobProgress } from '../../../ui';
import { useSession } from '../../auth/hooks/useSession';
import { can } from '../../auth/permissions';
import { isPeopleImportFinished, type PeopleImport } from '../api/people-import.api';
import { usePeopleImportStatus } from '../hooks/usePeopleImport';
import { ImportCounts, ImportProblemsTable } from './ImportReportView';
import { PeopleImportError } from './PeopleImportError';

const STATE_COLOR: Record<OrganisationImportState, string> = {
  queued: 'gray',
  running: 'blue',
  completed: 'green',
  failed: 'red',
};

/** What was imported, and the way to see it. */
export function ImportDone({
  rows,
  people,
  memberships,
}: {
  rows: number;
  people: number;
  memberships: number;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  return (
    <Stack gap="sm" data-testid="import-done">
      <Alert
        color="green"
        variant="light"
        role="status"
        title={t('organisation.import.done.title')}
      >
        {t('organisation.import.done.text')}
      </Alert>
      <ImportCounts rows={rows} people={people} memberships={memberships} tense="done" />
      <Group gap="lg">
        <Anchor component={Link} to="/org" data-testid="import-open-organisation">
          {t('organisation.import.done.openOrganisation')}
        </Anchor>
        {can(session, 'read', 'AuditLog') ? (
          <Anchor component={Link} to="/admin/audit">
            {t('organisation.import.done.openAudit')}
          </Anchor>
        ) : null}
      </Group>
    </Stack>
  );
}

/** Follows a large file imported by the worker: a progress bar and its state, then the outcome. */
export function PeopleImportProgress({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const status = usePeopleImportStatus(importId);
  if (status.isError) return <PeopleImportError error={status.error} />;
  const current = status.data;
  const state = current?.state ?? 'queued';
  return (
    <JobProgress
      state={state}
      title={t('organisation.import.progress.state')}
      stateLabel={t(`organisation.import.progress.states.${state}`)}
      color={STATE_COLOR[state]}
      caption={
        current
          ? t('organisation.import.progress.file', { name: current.fileName, rows: current.rows })
          : null
      }
      progress={current?.progress ?? 0}
      progressLabel={t('organisation.import.progress.label')}
      finished={isPeopleImportFinished(current)}
      outcome={current ? <Finished status={current} /> : null}
      testIds={{ status: 'import-status', state: 'import-state', progress: 'import-progress' }}
    />
  );
}

function Finished({ status }: { status: PeopleImport }) {
  const { t } = useTranslation();
  if (status.state === 'completed') {
    return (
      <ImportDone rows={status.rows} people={status.people} memberships={status.memberships} />
    );
  }
  return (
    <Stack gap="sm" data-testid="import-failed">
      <ErrorAlert
        title={t('organisation.import.progress.failed')}
        detail={status.problems.length === 0 ? (status.errorMessage ?? undefined) : undefined}
      >
        {status.problems.length > 0
          ? t('organisation.import.progress.refused', { count: status.problems.length })
          : t('organisation.import.progress.failedUnknown')}
      </ErrorAlert>
      {status.problems.length > 0 ? <ImportProblemsTable problems={status.problems} /> : null}
    </Stack>
  );
}
