import { useQuery } from '@tanstack/react-query';
import { fetchSystemInfo, systemKeys } from '../api/system.api';

/** Instance name and version; changes only with a deploy. */
export function useSystemInfo() {
  return useQuery({
    queryKey: systemKeys.info(),
    queryFn: ({ signal }) => fetchSystemInfo(signal),
    staleTime: 5 * 60_000,
  });
}
