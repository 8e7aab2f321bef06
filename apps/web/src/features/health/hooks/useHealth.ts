import { useQuery } from '@tanstack/react-query';
import { type Health, fetchHealth, healthKeys } from '../api/health.api';

export const HEALTH_POLL_INTERVAL_MS = 10_000;

export type HealthStatus = 'loading' | 'ok' | 'degraded' | 'unreachable';

export interface HealthState {
  status: HealthStatus;
  health: Health | undefined;
  /** When the last answer arrived (ms since epoch), 0 before the first one. */
  updatedAt: number;
  refetch: () => void;
  isFetching: boolean;
}

/** The API's health, polled every 10 s, also while the tab is in the background. */
export function useHealth(): HealthState {
  const query = useQuery({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: HEALTH_POLL_INTERVAL_MS,
    refetchIntervalInBackground: true,
  });
  // The latest attempt decides: an API that stopped answering is not "ok" any more.
  const status: HealthStatus = query.isError
    ? 'unreachable'
    : query.data
      ? query.data.status
      : 'loading';
  return {
    status,
    health: query.isError ? undefined : query.data,
    updatedAt: query.dataUpdatedAt,
    refetch: () => void query.refetch(),
    isFetching: query.isFetching,
  };
}
