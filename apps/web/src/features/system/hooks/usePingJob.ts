import { useMutation, useQuery } from '@tanstack/react-query';
import {
  type EnqueuedJob,
  type PingRequest,
  enqueuePing,
  fetchJobStatus,
  isFinished,
  jobKeys,
} from '../api/system.api';

export const JOB_POLL_INTERVAL_MS = 500;

/** POST /api/system/ping: queues a ping job. */
export function useRunPing() {
  return useMutation({
    mutationFn: (body: Partial<PingRequest> = {}) => enqueuePing(body),
  });
}

/** Follows a queued job every 500 ms until it completed or failed. */
export function useJobStatus(job: EnqueuedJob | undefined) {
  return useQuery({
    queryKey: jobKeys.detail(job?.queue ?? '', job?.id ?? ''),
    queryFn: ({ signal }) => {
      if (!job) throw new Error('No job to follow');
      return fetchJobStatus(job.queue, job.id, signal);
    },
    enabled: job !== undefined,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : JOB_POLL_INTERVAL_MS),
    refetchIntervalInBackground: true,
  });
}
