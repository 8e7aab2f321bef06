/**
 * Queue and job names shared by the API (producer), the worker (processor) and the web app.
 * Never rename a value: jobs already in Redis carry these strings.
 */
export enum QueueName {
  System = 'system',
  Frameworks = 'frameworks',
  Organisation = 'organisation',
}

export enum JobName {
  SystemPing = 'system.ping',
  FrameworkImport = 'frameworks.import',
  OrganisationImport = 'organisation.import',
}

/** The queue each job runs on. */
export const JOB_QUEUE = {
  [JobName.SystemPing]: QueueName.System,
  [JobName.FrameworkImport]: QueueName.Frameworks,
  [JobName.OrganisationImport]: QueueName.Organisation,
} as const satisfies Record<JobName, QueueName>;

/** Every job payload names who asked for it: the job runs on their behalf. */
export interface JobRequester {
  /** User id, or null for jobs the system starts itself. */
  requestedBy: string | null;
}

export interface SystemPingPayload extends JobRequester {
  /** Echoed back in the result. */
  message: string;
  /** Optional pause inside the processor, to make progress observable (at most 10 s). */
  delayMs?: number;
  /** Fail this many first attempts on purpose, to exercise retries (diagnostics). */
  failTimes?: number;
}

export interface SystemPingResult {
  message: string;
  /** Host name and process id of the worker that ran the job. */
  processedBy: string;
  processedAt: string;
  attempt: number;
}

/** Imports one uploaded dossier; the bytes and form fields wait in its framework_import row. */
export interface FrameworkImportPayload {
  importId: string;
  /** User id of who asked for the import: the job runs in their context (audit log). */
  requestedBy: string | null;
  requestedByEmail: string | null;
  requestId: string | null;
}

export interface FrameworkImportResult {
  importId: string;
  frameworkCode: string;
  frameworkVersionId: string;
  version: number;
  /** False when identical content was imported before and the existing version is returned. */
  created: boolean;
}

/** Commits one checked CSV file of people; the bytes wait in its organisation_import row. */
export interface OrganisationImportPayload {
  importId: string;
  /** User id of who asked for the import: the job runs in their context (audit log). */
  requestedBy: string | null;
  requestedByEmail: string | null;
  requestId: string | null;
}

export interface OrganisationImportResult {
  importId: string;
  people: number;
  memberships: number;
}

/** Payload type per job name: producer and processor share one type. */
export interface JobPayloads {
  [JobName.SystemPing]: SystemPingPayload;
  [JobName.FrameworkImport]: FrameworkImportPayload;
  [JobName.OrganisationImport]: OrganisationImportPayload;
}

/** Result type per job name. */
export interface JobResults {
  [JobName.SystemPing]: SystemPingResult;
  [JobName.FrameworkImport]: FrameworkImportResult;
  [JobName.OrganisationImport]: OrganisationImportResult;
}

export const JOB_STATES = [
  'waiting',
  'delayed',
  'prioritized',
  'waiting-children',
  'active',
  'completed',
  'failed',
  'unknown',
] as const;
export type JobState = (typeof JOB_STATES)[number];

export function isQueueName(value: string): value is QueueName {
  return (Object.values(QueueName) as string[]).includes(value);
}
