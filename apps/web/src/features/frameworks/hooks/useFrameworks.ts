import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type FrameworkListFilter,
  type ImportRequest,
  SEARCH_MIN_LENGTH,
  createImport,
  fetchFramework,
  fetchFrameworkDiff,
  fetchFrameworkVersions,
  fetchFrameworks,
  fetchImport,
  frameworkKeys,
  isImportFinished,
  searchFrameworks,
} from '../api/frameworks.api';

export const IMPORT_POLL_INTERVAL_MS = 500;

export function useFrameworkList(filter: FrameworkListFilter, page: number) {
  return useQuery({
    queryKey: frameworkKeys.list(filter, page),
    queryFn: ({ signal }) => fetchFrameworks(filter, page, signal),
    placeholderData: keepPreviousData,
  });
}

/** One version of a framework (the latest when `version` is undefined), with its tree. */
export function useFramework(code: string, version?: number) {
  return useQuery({
    queryKey: frameworkKeys.detail(code, version),
    queryFn: ({ signal }) => fetchFramework(code, version, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFrameworkVersions(code: string) {
  return useQuery({
    queryKey: frameworkKeys.versions(code),
    queryFn: ({ signal }) => fetchFrameworkVersions(code, signal),
  });
}

export function useFrameworkDiff(code: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: frameworkKeys.diff(code, from ?? 0, to ?? 0),
    queryFn: ({ signal }) => {
      if (from === undefined || to === undefined) throw new Error('Two versions are needed');
      return fetchFrameworkDiff(code, from, to, signal);
    },
    enabled: from !== undefined && to !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Full-text search; asks nothing until the term is long enough for the API. */
export function useFrameworkSearch(q: string, code?: string) {
  const term = q.trim();
  return useQuery({
    queryKey: frameworkKeys.search(term, code),
    queryFn: ({ signal }) => searchFrameworks(term, code, signal),
    enabled: term.length >= SEARCH_MIN_LENGTH,
  });
}

/** POST /api/frameworks/imports: checks and queues a dossier. */
export function useImportDossier() {
  return useMutation({ mutationFn: (request: ImportRequest) => createImport(request) });
}

/** Follows an import every 500 ms until it completed or failed; then the lists are stale. */
export function useFrameworkImport(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: frameworkKeys.importStatus(id ?? ''),
    queryFn: async ({ signal }) => {
      if (!id) throw new Error('No import to follow');
      const status = await fetchImport(id, signal);
      if (isImportFinished(status) && status.state === 'completed') {
        await queryClient.invalidateQueries({ queryKey: frameworkKeys.all });
      }
      return status;
    },
    enabled: id !== undefined,
    refetchInterval: (query) =>
      isImportFinished(query.state.data) ? false : IMPORT_POLL_INTERVAL_MS,
    refetchIntervalInBackground: true,
  });
}
