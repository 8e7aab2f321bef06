import type { ApiSchema, FrameworkFamily, FrameworkImportState } from '@tribeworks/contracts';
import { ApiError, api } from '../../../api/client';

export type FrameworkSummary = ApiSchema<'FrameworkSummaryDto'>;
export type FrameworkList = ApiSchema<'FrameworkListDto'>;
export type FrameworkLevel = ApiSchema<'FrameworkLevelDto'>;
export type FrameworkDetail = ApiSchema<'FrameworkDetailDto'>;
export type FrameworkVersion = ApiSchema<'FrameworkVersionDto'>;
export type Competency = ApiSchema<'CompetencyDto'>;
export type Activity = ApiSchema<'ActivityDto'>;
export type Knowledge = ApiSchema<'KnowledgeDto'>;
export type CoreTask = ApiSchema<'CoreTaskDto'>;
export type WorkProcess = ApiSchema<'WorkProcessDto'>;
export type MboProfile = ApiSchema<'MboProfileDto'>;
export type DossierWarning = ApiSchema<'DossierWarningDto'>;
export type FrameworkDiff = ApiSchema<'FrameworkDiffDto'>;
export type DiffChange = ApiSchema<'DiffChangeDto'>;
export type DiffEntity = ApiSchema<'FrameworkDiffEntity'>;
export type SearchResult = ApiSchema<'FrameworkSearchResultDto'>;
export type SearchHit = ApiSchema<'SearchHitDto'>;
export type HighlightFragment = ApiSchema<'HighlightFragmentDto'>;
export type EnqueuedImport = ApiSchema<'EnqueuedImportDto'>;
export type FrameworkImport = ApiSchema<'FrameworkImportDto'>;
export type ImportRequest = Omit<ApiSchema<'FrameworkImportRequestDto'>, 'file'> & { file: File };

export interface FrameworkListFilter {
  family?: FrameworkFamily;
  /** Part of the code or title. */
  q?: string;
}

export const FRAMEWORK_PAGE_SIZE = 20;
export const SEARCH_LIMIT = 30;
/** The API refuses shorter search terms. */
export const SEARCH_MIN_LENGTH = 2;

export const frameworkKeys = {
  all: ['frameworks'] as const,
  list: (filter: FrameworkListFilter, page: number) =>
    [...frameworkKeys.all, 'list', filter, page] as const,
  detail: (code: string, version?: number) =>
    [...frameworkKeys.all, 'detail', code, version ?? 'latest'] as const,
  versions: (code: string) => [...frameworkKeys.all, 'versions', code] as const,
  diff: (code: string, from: number, to: number) =>
    [...frameworkKeys.all, 'diff', code, from, to] as const,
  search: (q: string, code?: string) => [...frameworkKeys.all, 'search', q, code ?? ''] as const,
  importStatus: (id: string) => ['frameworkImports', id] as const,
};

/** States after which an import will not change any more. */
export const FINISHED_IMPORT_STATES: readonly FrameworkImportState[] = ['completed', 'failed'];

export function isImportFinished(value: FrameworkImport | undefined): boolean {
  return value !== undefined && FINISHED_IMPORT_STATES.includes(value.state);
}

export async function fetchFrameworks(
  filter: FrameworkListFilter,
  page: number,
  signal?: AbortSignal,
): Promise<FrameworkList> {
  const { data, error, response } = await api.GET('/api/frameworks', {
    params: {
      query: {
        family: filter.family,
        q: filter.q?.trim() || undefined,
        page,
        pageSize: FRAMEWORK_PAGE_SIZE,
      },
    },
    signal,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function fetchFramework(
  code: string,
  version: number | undefined,
  signal?: AbortSignal,
): Promise<FrameworkDetail> {
  const { data, error, response } = await api.GET('/api/frameworks/{code}', {
    params: { path: { code }, query: { version } },
    signal,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function fetchFrameworkVersions(
  code: string,
  signal?: AbortSignal,
): Promise<FrameworkVersion[]> {
  const { data, error, response } = await api.GET('/api/frameworks/{code}/versions', {
    params: { path: { code } },
    signal,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function fetchFrameworkDiff(
  code: string,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<FrameworkDiff> {
  const { data, error, response } = await api.GET('/api/frameworks/{code}/diff', {
    params: { path: { code }, query: { from, to } },
    signal,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function searchFrameworks(
  q: string,
  code: string | undefined,
  signal?: AbortSignal,
): Promise<SearchResult> {
  const { data, error, response } = await api.GET('/api/frameworks/search', {
    params: { query: { q, code: code || undefined, limit: SEARCH_LIMIT } },
    signal,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

/** POST /api/frameworks/imports as multipart form data: the file plus the optional fields. */
export async function createImport(request: ImportRequest): Promise<EnqueuedImport> {
  const form = new FormData();
  form.append('file', request.file, request.file.name);
  for (const field of ['code', 'versionLabel', 'title'] as const) {
    const value = request[field]?.trim();
    if (value) form.append(field, value);
  }
  const { data, error, response } = await api.POST('/api/frameworks/imports', {
    // The generated contract types the binary part as a string; what is sent is the form.
    body: { file: request.file.name },
    bodySerializer: () => form,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function fetchImport(id: string, signal?: AbortSignal): Promise<FrameworkImport> {
  const { data, error, response } = await api.GET('/api/frameworks/imports/{id}', {
    params: { path: { id } },
    signal,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

/**
 * The id of the element a search hit or diff change points at on the framework page: a BK
 * competency (path is its number) or an MBO core task / work process (path is its code).
 */
export function anchorId(path: string): string {
  // A knowledge element shared by several owners lists them all ("9, 10"): the first one.
  const first = path.split(',')[0]?.trim() ?? path;
  return /^\d+$/.test(first) ? `competency-${first}` : `item-${first}`;
}

/** The MBO profile a core task or work process code belongs to (`P3-K1-W2` → `P3`); basis → null. */
export function profileOfCode(code: string): string | null {
  const match = /^(P\d+)-/i.exec(code);
  return match ? match[1]!.toUpperCase() : null;
}
