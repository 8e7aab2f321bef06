import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@tribeworks/contracts';
import { auditKeys } from '../../audit/api/audit.api';
import { orgKeys } from '../api/organisation.api';
import {
  type CommitOutcome,
  commitPeopleImport,
  dryRunPeopleImport,
  fetchPeopleImport,
  isPeopleImportFinished,
  peopleImportKeys,
} from '../api/people-import.api';

export const PEOPLE_IMPORT_POLL_INTERVAL_MS = 500;

/** The file chosen, numbered: a new choice (even of the same file) is a new dry run. */
export interface ChosenFile {
  file: File;
  key: number;
}

/**
 * The dry run of the chosen file, at once and in the UI's language: it writes nothing, so it
 * is a query. Switching the language asks again (the problems' messages are the API's);
 * nothing else does (no refetch on focus, no retry: a refusal is an answer).
 */
export function usePeopleImportDryRun(
  organisationId: string | undefined,
  chosen: ChosenFile | undefined,
  locale: Locale,
) {
  return useQuery({
    queryKey: peopleImportKeys.dryRun(organisationId ?? '', chosen?.key ?? 0, locale),
    queryFn: ({ signal }) => {
      if (!organisationId || !chosen) throw new Error('No file to check');
      return dryRunPeopleImport(organisationId, chosen.file, locale, signal);
    },
    enabled: organisationId !== undefined && chosen !== undefined,
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Everything an import changes: the organisation's lists, matrices, people and the audit log. */
function invalidateImported(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKeys.all }),
    queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  ]);
}

/** Imports the file: all rows or none (200), or queued when large (202). */
export function useCommitPeopleImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      organisationId,
      file,
      locale,
    }: {
      organisationId: string;
      file: File;
      locale: Locale;
    }): Promise<CommitOutcome> => commitPeopleImport(organisationId, file, locale),
    onSuccess: (outcome) =>
      outcome.kind === 'committed' ? invalidateImported(queryClient) : undefined,
  });
}

/**
 * Follows a queued import every 500 ms until it completed or failed; then the organisation's
 * queries are stale. Asked in the UI's language (a failed job's problems are localised).
 */
export function usePeopleImportStatus(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: peopleImportKeys.status(id),
    queryFn: async ({ signal }) => {
      const status = await fetchPeopleImport(id, signal);
      if (status.state === 'completed') await invalidateImported(queryClient);
      return status;
    },
    refetchInterval: (query) =>
      isPeopleImportFinished(query.state.data) ? false : PEOPLE_IMPORT_POLL_INTERVAL_MS,
    refetchIntervalInBackground: true,
  });
}
