import { ApiClient, type ApiProcess, freePort, startApi } from '@tribeworks/api-testing';
import type { ApiSchema } from '@tribeworks/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

type Health = ApiSchema<'HealthDto'>;

describe('health', () => {
  let healthy: ApiProcess;
  let withoutRedis: ApiProcess;

  beforeAll(async () => {
    const base = { DATABASE_URL: inject('databaseUrl'), REDIS_PREFIX: inject('redisPrefix') };
    // Nothing listens on this port: Redis is unreachable for that process.
    const closedPort = await freePort();
    [healthy, withoutRedis] = await Promise.all([
      startApi(base),
      startApi({ ...base, REDIS_URL: `redis://127.0.0.1:${closedPort}` }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([healthy?.stop(), withoutRedis?.stop()]);
  });

  it('is 200 with db and redis up when both are reachable', async () => {
    const res = await fetch(`${healthy.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', db: 'up', redis: 'up', down: [] });
  });

  it('is 503 naming redis when Redis is unreachable', async () => {
    const res = await fetch(`${withoutRedis.baseUrl}/api/health`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as Health;
    expect(body).toMatchObject({ status: 'degraded', db: 'up', redis: 'down', down: ['redis'] });
    expect(body.message).toContain('redis');
  });

  it('keeps answering database-only endpoints while Redis is unreachable', async () => {
    const res = await fetch(`${withoutRedis.baseUrl}/api/system/info`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Tribeworks', locales: ['nl', 'en'] });
  });

  it('refuses to queue a job with 503 and a code instead of hanging', async () => {
    const admin = await ApiClient.signInAs(withoutRedis.baseUrl, 'admin');
    const started = Date.now();
    const res = await admin.post('/api/system/ping', {});
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: 'queue_unavailable' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
