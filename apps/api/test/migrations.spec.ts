import {
  type ApiProcess,
  createDatabase,
  dropDatabase,
  query,
  runCli,
  startApi,
} from '@tribeworks/api-testing';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { MIGRATIONS } from '../src/database/data-source';

describe('migrations', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('run once when two API processes start at the same time on an empty database', async () => {
    const db = await createDatabase('tribeworks_test_migrate');
    cleanups.push(() => dropDatabase(db.name));
    const env = { DATABASE_URL: db.url, REDIS_PREFIX: `${inject('redisPrefix')}-mig` };

    const apis: ApiProcess[] = await Promise.all([startApi(env), startApi(env)]);
    cleanups.push(() => Promise.all(apis.map((api) => api.stop())));

    for (const api of apis) {
      const res = await fetch(`${api.baseUrl}/api/system/info`);
      expect(res.status).toBe(200);
    }
    const rows = await query<{ name: string }>(db.url, 'SELECT name FROM typeorm_migrations');
    expect(rows.map((r) => r.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());

    const appliers = apis.filter((api) => /Applied \d+ migration/.test(api.output()));
    const waiters = apis.filter((api) => api.output().includes('no migrations to apply'));
    expect(appliers).toHaveLength(1);
    expect(waiters).toHaveLength(1);
  });

  it('revert and re-apply cleanly (every migration has a working down)', async () => {
    const db = await createDatabase('tribeworks_test_revert');
    cleanups.push(() => dropDatabase(db.name));
    const env = { DATABASE_URL: db.url };
    expect((await runCli(['migrate'], env)).code).toBe(0);
    for (let i = 0; i < MIGRATIONS.length; i++) {
      const reverted = await runCli(['revert'], env);
      expect(reverted.code, reverted.output).toBe(0);
    }
    const tables = await query<{ tablename: string }>(
      db.url,
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`,
    );
    expect(tables).toEqual([]);
    expect((await runCli(['migrate'], env)).code).toBe(0);
  });
});
