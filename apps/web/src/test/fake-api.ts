import type { ApiSchema, SystemPingResult } from '@tribeworks/contracts';
import { vi } from 'vitest';

type Answer = Response | Promise<Response>;
type Handler = (request: Request, params: Record<string, string>) => Answer;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** A request that never gets an answer (the "still loading" state). */
export function never(): Promise<Response> {
  return new Promise<Response>(() => undefined);
}

/** What `fetch` does when nothing listens: a TypeError. */
export function networkError(): Promise<Response> {
  return Promise.reject(new TypeError('fetch failed'));
}

/**
 * A small fake of the API at the network boundary: routes like `GET /api/jobs/:queue/:id`
 * answered by handlers, installed as the global `fetch`. Unknown routes answer 404.
 */
export class FakeApi {
  private readonly routes: { method: string; pattern: RegExp; keys: string[]; handler: Handler }[] =
    [];
  readonly requests: { method: string; path: string; body: unknown }[] = [];

  on(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/:(\w+)/g, (_, key: string) => {
        keys.push(key);
        return '([^/]+)';
      })}$`,
    );
    this.routes.unshift({ method, pattern, keys, handler });
    return this;
  }

  calls(method: string, path: string): number {
    return this.requests.filter((r) => r.method === method && r.path === path).length;
  }

  install(): this {
    vi.stubGlobal('fetch', (input: Request) => this.handle(input));
    return this;
  }

  private async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    this.requests.push({
      method: request.method,
      path: url.pathname,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
    for (const route of this.routes) {
      const match = route.method === request.method ? route.pattern.exec(url.pathname) : null;
      if (match) {
        const params = Object.fromEntries(route.keys.map((key, i) => [key, match[i + 1] ?? '']));
        return route.handler(request, params);
      }
    }
    return json(
      { code: 'not_found', message: `No fake for ${request.method} ${url.pathname}` },
      404,
    );
  }
}

/** Builders for API bodies, typed by the contract. */
export function aHealth(overrides: Partial<ApiSchema<'HealthDto'>> = {}): ApiSchema<'HealthDto'> {
  const health: ApiSchema<'HealthDto'> = {
    status: 'ok',
    db: 'up',
    redis: 'up',
    down: [],
    message: 'All services are up',
    ...overrides,
  };
  return health;
}

export function aDegradedHealth(down: ('db' | 'redis')[]): ApiSchema<'HealthDto'> {
  return aHealth({
    status: 'degraded',
    db: down.includes('db') ? 'down' : 'up',
    redis: down.includes('redis') ? 'down' : 'up',
    down,
    message: `Unavailable: ${down.join(', ')}`,
  });
}

export function aSystemInfo(
  overrides: Partial<ApiSchema<'SystemInfoDto'>> = {},
): ApiSchema<'SystemInfoDto'> {
  return {
    name: 'Tribeworks Demo',
    version: '0.1.0',
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    ...overrides,
  };
}

type JobStatus = ApiSchema<'JobStatusDto'>;

export function aJob(
  overrides: Partial<Omit<JobStatus, 'result'>> & { result?: SystemPingResult | null } = {},
): JobStatus {
  const { result = null, ...rest } = overrides;
  return {
    id: '1',
    queue: 'system',
    name: 'system.ping',
    state: 'waiting',
    progress: 0,
    attemptsMade: 0,
    maxAttempts: 3,
    failedReason: null,
    createdAt: '2025-01-01T10:00:00.000Z',
    finishedAt: null,
    ...rest,
    // The OpenAPI spec types a result as an empty-object record; on the wire it is the job's result.
    result: result as JobStatus['result'],
  };
}

/** An API where everything is fine. */
export function healthyApi(): FakeApi {
  return new FakeApi()
    .on('GET', '/api/health', () => json(aHealth()))
    .on('GET', '/api/system/info', () => json(aSystemInfo()));
}
