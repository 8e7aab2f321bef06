import type {
  EnqueuedPeopleImport,
  ImportProblem,
  ImportReport,
  PeopleImport,
} from '../api/people-import.api';
import { IDS } from './builders';

/** Small builders for the people import's API bodies in component tests, typed by the contract. */

export const IMPORT_ID = '00000000-0000-4000-8000-000000000301';

export function aProblem(overrides: Partial<ImportProblem> = {}): ImportProblem {
  return {
    line: 3,
    column: 'chapter',
    code: 'chapter_unknown',
    message: "Onbekend chapter 'Équipe Données'",
    ...overrides,
  };
}

export function aReport(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    mode: 'dry-run',
    importId: null,
    committed: false,
    encoding: 'utf-8',
    delimiter: ';',
    rows: 3,
    people: 3,
    memberships: 6,
    ignoredColumns: [],
    problems: [],
    ...overrides,
  };
}

export function anEnqueuedImport(
  overrides: Partial<EnqueuedPeopleImport> = {},
): EnqueuedPeopleImport {
  return {
    importId: IMPORT_ID,
    jobId: IMPORT_ID,
    queue: 'organisation',
    rows: 600,
    state: 'queued',
    ...overrides,
  };
}

export function aPeopleImport(overrides: Partial<PeopleImport> = {}): PeopleImport {
  return {
    id: IMPORT_ID,
    organisationId: IDS.organisation,
    state: 'queued',
    progress: 0,
    fileName: 'mensen.csv',
    rows: 600,
    people: 0,
    memberships: 0,
    problems: [],
    errorCode: null,
    errorMessage: null,
    attempts: 0,
    createdAt: '2025-06-01T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}
