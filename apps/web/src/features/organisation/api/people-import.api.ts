import {
  type ApiSchema,
  type Locale,
  type OrganisationImportMode,
  OrganisationImportErrorCode,
  type OrganisationImportState,
} from '@tribeworks/contracts';
import { ApiError, api } from '../../../api/client';

/** What a dry run (or a small commit) found: counts, and every problem with its line. */
export type ImportReport = ApiSchema<'OrganisationImportReportDto'>;
export type ImportProblem = ApiSchema<'ImportProblemDto'>;
export type ImportColumn = NonNullable<ImportProblem['column']>;
/** A large file queued for the worker (202). */
export type EnqueuedPeopleImport = ApiSchema<'EnqueuedOrganisationImportDto'>;
/** GET /api/organisation/imports/{id}: state, progress, counts, problems. */
export type PeopleImport = ApiSchema<'OrganisationImportDto'>;

/** A commit either wrote the file at once (200) or queued it as a job (202). */
export type CommitOutcome =
  { kind: 'committed'; report: ImportReport } | { kind: 'queued'; queued: EnqueuedPeopleImport };

/**
 * Outside `orgKeys.all` on purpose: a commit invalidates the organisation's queries, and the
 * dry run of the file just imported must not be asked again (it would now find every e-mail
 * address taken).
 */
export const peopleImportKeys = {
  all: ['peopleImports'] as const,
  dryRun: (organisationId: string, fileKey: number, locale: Locale) =>
    [...peopleImportKeys.all, 'dry-run', organisationId, fileKey, locale] as const,
  status: (id: string) => [...peopleImportKeys.all, 'status', id] as const,
};

/** States after which an import will not change any more. */
export const FINISHED_PEOPLE_IMPORT_STATES: readonly OrganisationImportState[] = [
  'completed',
  'failed',
];

export function isPeopleImportFinished(value: PeopleImport | undefined): boolean {
  return value !== undefined && FINISHED_PEOPLE_IMPORT_STATES.includes(value.state);
}

/**
 * POST /api/organisation/imports as multipart form data. The language is sent explicitly, so
 * the problems' messages are in the language the caller keys its cache on.
 */
async function upload(
  organisationId: string,
  file: File,
  mode: OrganisationImportMode,
  locale: Locale,
  signal?: AbortSignal,
) {
  const form = new FormData();
  form.append('file', file, file.name);
  const { data, error, response } = await api.POST('/api/organisation/imports', {
    params: { query: { organisationId, mode } },
    headers: { 'Accept-Language': locale },
    // The generated contract types the binary part as a string; what is sent is the form.
    body: { file: file.name },
    bodySerializer: () => form,
    signal,
  });
  if (data) return { status: response.status, data };
  throw ApiError.from(response, error);
}

/** Checks the file against the organisation and its rules; writes nothing. */
export async function dryRunPeopleImport(
  organisationId: string,
  file: File,
  locale: Locale,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const { data } = await upload(organisationId, file, 'dry-run', locale, signal);
  if (!('problems' in data)) throw new ApiError(500, 'http_error', 'Unexpected answer');
  return data;
}

/**
 * Imports all rows or none. A file with problems is refused with 422 `import_rejected` (see
 * `rejectedReport`); a large file is queued (202).
 */
export async function commitPeopleImport(
  organisationId: string,
  file: File,
  locale: Locale,
): Promise<CommitOutcome> {
  const { status, data } = await upload(organisationId, file, 'commit', locale);
  if (status === 202 && 'jobId' in data) return { kind: 'queued', queued: data };
  if ('problems' in data) return { kind: 'committed', report: data };
  throw new ApiError(status, 'http_error', 'Unexpected answer');
}

export async function fetchPeopleImport(id: string, signal?: AbortSignal): Promise<PeopleImport> {
  const { data, error, response } = await api.GET('/api/organisation/imports/{id}', {
    params: { path: { id } },
    signal,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

/** The report a refused commit (422 `import_rejected`) carries as its `details`. */
export function rejectedReport(error: unknown): ImportReport | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code !== OrganisationImportErrorCode.ImportRejected) return undefined;
  const details = error.details;
  if (!details || !Array.isArray(details.problems) || typeof details.rows !== 'number') {
    return undefined;
  }
  return details as ImportReport;
}
