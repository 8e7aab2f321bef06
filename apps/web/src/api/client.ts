import type { ApiSchema, paths } from '@tribeworks/contracts';
import createClient, { type Client } from 'openapi-fetch';

export type ApiClient = Client<paths>;
export type ApiErrorBody = ApiSchema<'ErrorBodyDto'>;

export interface ApiClientOptions {
  /** Origin of the API; the web app is served by the API itself, so the page's own origin. */
  baseUrl?: string;
  /** The network boundary. Looked up on every call, so tests can swap `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  return createClient<paths>({
    baseUrl: options.baseUrl ?? globalThis.location.origin,
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
}

/** The one client the app uses. */
export const api = createApiClient();

/** An API answer that is not the expected one, with the body's stable code when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(response: Response, body: unknown): ApiError {
    if (isErrorBody(body)) {
      return new ApiError(response.status, body.code, body.message, body.requestId);
    }
    return new ApiError(response.status, 'http_error', `HTTP ${response.status}`);
  }
}

export function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).code === 'string' &&
    typeof (value as Record<string, unknown>).message === 'string'
  );
}
