import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiClient, type ApiProcess, REPO_ROOT, startApi, waitFor } from '@tribeworks/api-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

describe('HTTP conventions', () => {
  let api: ApiProcess;
  let admin: ApiClient;

  beforeAll(async () => {
    api = await startApi({
      DATABASE_URL: inject('databaseUrl'),
      REDIS_PREFIX: inject('redisPrefix'),
      BODY_LIMIT: '10kb',
    });
    admin = await ApiClient.signInAs(api.baseUrl, 'admin');
  });
  afterAll(() => api?.stop());

  const post = (path: string, body: string) =>
    admin.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('rejects unknown and invalid fields naming each one', async () => {
    const res = await post('/api/system/ping', JSON.stringify({ delayMs: -5, colour: 'blue' }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; details: { fields: { field: string }[] } };
    expect(body.code).toBe('validation_failed');
    expect(body.details.fields.map((f) => f.field).sort()).toEqual(['colour', 'delayMs']);
  });

  it('answers malformed JSON and oversized bodies with a code, never a stack trace', async () => {
    const malformed = await post('/api/system/ping', '{"message": ');
    expect(malformed.status).toBe(400);
    const malformedBody = await malformed.text();
    expect(JSON.parse(malformedBody)).toMatchObject({ code: 'bad_request' });
    expect(malformedBody).not.toMatch(/at .+\.js:\d+/);

    const big = await post('/api/system/ping', JSON.stringify({ message: 'x'.repeat(20_000) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('answers an unknown API path with 404 and a code', async () => {
    const res = await fetch(`${api.baseUrl}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });

  it('logs one structured line per request with method, path, status and duration', async () => {
    const res = await fetch(`${api.baseUrl}/api/system/info?x=1`, {
      headers: { 'x-request-id': 'trace-abc-123' },
    });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
    const line = await waitFor(
      () =>
        api
          .output()
          .split('\n')
          .find((l) => l.includes('trace-abc-123')),
      { what: 'the request log line' },
    );
    const entry = JSON.parse(line) as {
      req: { method: string; path: string };
      res: { status: number };
      responseTime: number;
    };
    expect(entry.req).toMatchObject({ method: 'GET', path: '/api/system/info' });
    expect(entry.res.status).toBe(200);
    expect(typeof entry.responseTime).toBe('number');
    expect(
      api
        .output()
        .split('\n')
        .filter((l) => l.includes('trace-abc-123')),
    ).toHaveLength(1);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${api.baseUrl}/api/health`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('serves the OpenAPI document that is committed in the repository', async () => {
    const res = await fetch(`${api.baseUrl}/api/docs-json`);
    expect(res.status).toBe(200);
    const served = (await res.json()) as { paths: object; components: object };
    const committed = JSON.parse(
      readFileSync(resolve(REPO_ROOT, 'apps/api/openapi.json'), 'utf8'),
    ) as { paths: object; components: object };
    expect(served.paths).toEqual(committed.paths);
    expect(served.components).toEqual(committed.components);
    const ui = await fetch(`${api.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('serves the web app and its client-side routes from the same URL', async () => {
    const home = await fetch(`${api.baseUrl}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    const deepLink = await fetch(`${api.baseUrl}/system`, { headers: { accept: 'text/html' } });
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
  });
});
