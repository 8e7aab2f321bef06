/**
 * Queue and job names shared by the API (producer), the worker (processor) and the web app.
 * Never rename a value: jobs already in Redis carry these strings.
 */
export enum QueueName {
  System = 'system',
}

export enum JobName {
  SystemPing = 'system.ping',
}

/** The queue each job runs on. */
export const JOB_QUEUE = {
  [JobName.SystemPing]: QueueName.System,
} as const satisfies Record<JobName, QueueName>;

export interface SystemPingPayload {
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

/** Payload type per job name: producer and processor share one type. */
export interface JobPayloads {
  [JobName.SystemPing]: SystemPingPayload;
}

/** Result type per job name. */
export interface JobResults {
  [JobName.SystemPing]: SystemPingResult;
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
