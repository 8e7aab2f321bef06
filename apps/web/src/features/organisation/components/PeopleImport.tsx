import { Button, Group, Input, Loader, Stack, Text } from '@mantine/core';
import { ORGANISATION_IMPORT_MAX_BYTES } from '@tribeworks/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { FileDropZone } from '../../../ui';
import { rejectedReport } from '../api/people-import.api';
import { IMPORT_MAX_MB } from '../api/people-import-errors';
import {
  type ChosenFile,
  useCommitPeopleImport,
  usePeopleImportDryRun,
} from '../hooks/usePeopleImport';
import { ImportFormatHelp } from './ImportFormatHelp';
import { ImportReportView } from './ImportReportView';
import { PeopleImportError } from './PeopleImportError';
import { ImportDone, PeopleImportProgress } from './PeopleImportOutcome';

type FileProblem = 'tooLarge' | 'empty';

function fileProblem(file: File): FileProblem | undefined {
  if (file.size > ORGANISATION_IMPORT_MAX_BYTES) return 'tooLarge';
  if (file.size === 0) return 'empty';
  return undefined;
}

/**
 * The people import for one organisation: choose a CSV file, see at once what a dry run finds
 * (the counts, every problem with its line), import it when it is clean, then the outcome (at
 * once, or a progress bar for a large file). The chosen file and its check stay on screen
 * when the server refuses the import, so trying again needs no new choice.
 */
export function PeopleImport({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const fileId = useId();
  const hintId = useId();
  const choices = useRef(0);
  const [chosen, setChosen] = useState<ChosenFile>();
  const [problem, setProblem] = useState<FileProblem>();
  const dryRun = usePeopleImportDryRun(organisationId, problem ? undefined : chosen, locale);
  const commit = useCommitPeopleImport();

  const choose = (file: File | undefined) => {
    commit.reset();
    setProblem(file ? fileProblem(file) : undefined);
    if (!file) {
      setChosen(undefined);
      return;
    }
    choices.current += 1;
    setChosen({ file, key: choices.current });
  };

  const startOver = () => {
    commit.reset();
    setChosen(undefined);
    setProblem(undefined);
  };

  const outcome = commit.data;
  if (outcome) {
    return (
      <Stack gap="lg" maw={960}>
        {outcome.kind === 'committed' ? (
          <ImportDone
            rows={outcome.report.rows}
            people={outcome.report.people}
            memberships={outcome.report.memberships}
          />
        ) : (
          <>
            <Text>{t('organisation.import.progress.queued', { rows: outcome.queued.rows })}</Text>
            <PeopleImportProgress importId={outcome.queued.importId} />
          </>
        )}
        <Group>
          <Button variant="default" onClick={startOver}>
            {t('organisation.import.another')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const refused = rejectedReport(commit.error);
  const report = refused ?? (chosen && !problem ? dryRun.data : undefined);
  const checking = chosen !== undefined && !problem && dryRun.isFetching;
  const canCommit =
    chosen !== undefined &&
    !problem &&
    !checking &&
    !refused &&
    dryRun.data !== undefined &&
    dryRun.data.rows > 0 &&
    dryRun.data.problems.length === 0;
  const commitError = commit.isError && !refused ? commit.error : undefined;
  const dryRunError = chosen && !problem && !checking ? dryRun.error : null;

  const runCommit = () => {
    if (!chosen || !canCommit) return;
    commit.mutate({ organisationId, file: chosen.file, locale });
  };

  const checkAgain = () => {
    commit.reset();
    void dryRun.refetch();
  };

  return (
    <Stack gap="xl" maw={960}>
      <Input.Wrapper
        label={t('organisation.import.file')}
        description={t('organisation.import.fileHint', { max: IMPORT_MAX_MB })}
        error={
          problem
            ? t(`organisation.import.fileProblems.${problem}`, { max: IMPORT_MAX_MB })
            : undefined
        }
        id={fileId}
        maw={720}
      >
        <FileDropZone
          id={fileId}
          accept=".csv,.txt,text/csv,text/plain"
          invalid={problem !== undefined}
          aria-describedby={`${fileId}-description${problem ? ` ${fileId}-error` : ''}`}
          onFile={choose}
          data-testid="dropzone"
          captionTestId="chosen-file"
          caption={
            chosen
              ? t('organisation.import.chosen', {
                  name: chosen.file.name,
                  size: Math.max(1, Math.round(chosen.file.size / 1024)),
                })
              : t('organisation.import.dropHint')
          }
        />
      </Input.Wrapper>

      {checking ? (
        <Group gap="xs" role="status" data-testid="import-checking">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('organisation.import.checking')}</Text>
        </Group>
      ) : null}
      {dryRunError ? (
        <PeopleImportError title={t('organisation.import.checkFailed')} error={dryRunError} />
      ) : null}
      {report && !checking ? (
        <ImportReportView report={report} refused={refused !== undefined} />
      ) : null}

      {chosen && !problem ? (
        <Stack gap="xs">
          {commitError ? (
            <PeopleImportError title={t('organisation.import.commitFailed')} error={commitError} />
          ) : null}
          <Group gap="sm">
            <Button
              onClick={runCommit}
              disabled={!canCommit}
              loading={commit.isPending}
              aria-describedby={hintId}
            >
              {t('organisation.import.commit')}
            </Button>
            <Button variant="default" onClick={checkAgain} disabled={checking || commit.isPending}>
              {t('organisation.import.checkAgain')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed" id={hintId}>
            {canCommit
              ? t('organisation.import.commitHint')
              : t('organisation.import.commitBlocked')}
          </Text>
        </Stack>
      ) : null}

      <ImportFormatHelp />
    </Stack>
  );
}
