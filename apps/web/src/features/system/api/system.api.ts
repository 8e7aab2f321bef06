import type { ApiSchema, JobState, SystemPingResult } from '@tribeworks/contracts';
import { ApiError, api } from '../../../api/client';

export type SystemInfo = ApiSchema<'SystemInfoDto'>;
export type EnqueuedJob = ApiSchema<'EnqueuedJobDto'>;
export type JobStatus = ApiSchema<'JobStatusDto'>;
export type PingRequest = ApiSchema<'PingRequestDto'>;

export const systemKeys = {
  all: ['system'] as const,
  info: () => [...systemKeys.all, 'info'] as const,
};

export const jobKeys = {
  all: ['jobs'] as const,
  detail: (queue: string, id: string) => [...jobKeys.all, queue, id] as const,
};

/** States after which a job will not change any more. */
export const FINISHED_JOB_STATES: readonly JobState[] = ['completed', 'failed'];

export function isFinished(job: JobStatus | undefined): boolean {
  return job !== undefined && FINISHED_JOB_STATES.includes(job.state);
}

export async function fetchSystemInfo(signal?: AbortSignal): Promise<SystemInfo> {
  const { data, error, response } = await api.GET('/api/system/info', { signal });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function enqueuePing(body: Partial<PingRequest>): Promise<EnqueuedJob> {
  const { data, error, response } = await api.POST('/api/system/ping', {
    body: { message: 'ping', ...body },
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function fetchJobStatus(
  queue: string,
  id: string,
  signal?: AbortSignal,
): Promise<JobStatus> {
  const { data, error, response } = await api.GET('/api/jobs/{queue}/{id}', {
    params: { path: { queue, id } },
    signal,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

/**
 * The OpenAPI spec types a job's result as an open object; a ping job's result is a
 * SystemPingResult (from the shared contract). Checked, not cast.
 */
export function asPingResult(value: unknown): SystemPingResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  return typeof r.message === 'string' &&
    typeof r.processedBy === 'string' &&
    typeof r.processedAt === 'string' &&
    typeof r.attempt === 'number'
    ? {
        message: r.message,
        processedBy: r.processedBy,
        processedAt: r.processedAt,
        attempt: r.attempt,
      }
    : undefined;
}
