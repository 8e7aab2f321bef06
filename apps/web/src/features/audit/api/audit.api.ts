import type { ApiSchema } from '@tribeworks/contracts';
import { ApiError, api } from '../../../api/client';

export type AuditEntry = ApiSchema<'AuditEntryDto'>;
export type AuditPage = ApiSchema<'AuditPageDto'>;
export type AuditAction = AuditEntry['action'];

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  userId?: string;
  /** Local dates, `YYYY-MM-DD`, both inclusive. */
  from?: string;
  to?: string;
}

export const AUDIT_PAGE_SIZE = 25;

export const auditKeys = {
  all: ['audit'] as const,
  page: (filter: AuditFilter, page: number) => [...auditKeys.all, filter, page] as const,
};

/** A local calendar day as an instant: its first moment, or (for `to`) its last. */
export function dayBoundary(date: string, end: 'start' | 'end'): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const instant =
    end === 'start'
      ? new Date(year, month, day, 0, 0, 0, 0)
      : new Date(year, month, day, 23, 59, 59, 999);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** GET /api/audit, newest first. */
export async function fetchAuditPage(
  filter: AuditFilter,
  page: number,
  signal?: AbortSignal,
): Promise<AuditPage> {
  const { data, error, response } = await api.GET('/api/audit', {
    params: {
      query: {
        entityType: filter.entityType || undefined,
        entityId: filter.entityId || undefined,
        userId: filter.userId || undefined,
        from: filter.from ? dayBoundary(filter.from, 'start') : undefined,
        to: filter.to ? dayBoundary(filter.to, 'end') : undefined,
        page,
        pageSize: AUDIT_PAGE_SIZE,
      },
    },
    signal,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}
