import {
  CSRF_COOKIE,
  CSRF_HEADER,
  ErrorCode,
  type ApiSchema,
  type paths,
} from '@tribeworks/contracts';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { notifyUnauthenticated } from './session-events';

export type ApiClient = Client<paths>;
export type ApiErrorBody = ApiSchema<'ErrorBodyDto'>;

export interface ApiClientOptions {
  /** Origin of the API; the web app is served by the API itself, so the page's own origin. */
  baseUrl?: string;
  /** The network boundary. Looked up on every call, so tests can swap `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The value of a readable cookie, or undefined. */
export function readCookie(
  name: string,
  cookies = globalThis.document?.cookie ?? '',
): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Writes carry the CSRF token from the readable `tw_csrf` cookie (double-submit). */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) return undefined;
    const token = readCookie(CSRF_COOKIE);
    if (token) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};

/**
 * Every request says the UI's language (kept on `<html lang>` by the i18n setup), so messages
 * the API writes itself, such as an organisation rule's refusal, come in the language shown.
 */
export const languageMiddleware: Middleware = {
  onRequest({ request }) {
    const lang = globalThis.document?.documentElement.lang;
    if (!lang || request.headers.has('Accept-Language')) return undefined;
    request.headers.set('Accept-Language', lang);
    return request;
  },
};

/**
 * Every `401 unauthenticated` is reported to whoever listens (the session watcher), which
 * decides whether a session just ended. Other 401s (wrong password) are answers, not events.
 */
export const unauthenticatedMiddleware: Middleware = {
  async onResponse({ response }) {
    if (response.status !== 401) return undefined;
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    if (isErrorBody(body) && body.code === ErrorCode.Unauthenticated) notifyUnauthenticated();
    return undefined;
  },
};

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? globalThis.location.origin,
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  client.use(csrfMiddleware, languageMiddleware, unauthenticatedMiddleware);
  return client;
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
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(response: Response, body: unknown): ApiError {
    if (isErrorBody(body)) {
      return new ApiError(
        response.status,
        body.code,
        body.message,
        body.requestId,
        body.details as Record<string, unknown> | undefined,
      );
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

/** True for the API's "you are not (or no longer) signed in". */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.code === ErrorCode.Unauthenticated;
}
