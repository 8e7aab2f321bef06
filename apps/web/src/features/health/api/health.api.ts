import type { ApiSchema } from '@tribeworks/contracts';
import { ApiError, api } from '../../../api/client';

export type Health = ApiSchema<'HealthDto'>;

export const healthKeys = {
  all: ['health'] as const,
};

function isHealth(value: unknown): value is Health {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    'db' in value &&
    'redis' in value &&
    Array.isArray((value as { down?: unknown }).down)
  );
}

/**
 * GET /api/health. A 503 is an answer too: the API is up and tells what is down,
 * so it is returned as data, not thrown.
 */
export async function fetchHealth(signal?: AbortSignal): Promise<Health> {
  const { data, error, response } = await api.GET('/api/health', { signal });
  if (data) return data;
  if (response.status === 503 && isHealth(error)) return error;
  throw ApiError.from(response, error);
}
