import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AuditFilter, auditKeys, fetchAuditPage } from '../api/audit.api';

export function useAuditLog(filter: AuditFilter, page: number) {
  return useQuery({
    queryKey: auditKeys.page(filter, page),
    queryFn: ({ signal }) => fetchAuditPage(filter, page, signal),
    placeholderData: keepPreviousData,
  });
}
