import {
  type ApiProcess,
  type RunningProcess,
  query,
  startApi,
  startWorker,
  waitFor,
} from '@tribeworks/api-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FrameworksApi, MBO, clearFrameworks, countRows, fixture } from './frameworks-helpers';

const url = () => inject('databaseUrl');
const env = () => ({
  DATABASE_URL: url(),
  REDIS_PREFIX: `${inject('redisPrefix')}-frameworks-crash`,
  MIGRATE_ON_START: 'false',
});

/**
 * The worker is killed (SIGKILL, as a crash or the OOM killer would) while the import's
 * transaction is open with every row written: the test hook FRAMEWORK_IMPORT_PAUSE_MS holds
 * the job there, after the inserts and before the commit. PostgreSQL rolls the transaction
 * back when the connection drops; BullMQ sees the job's lock expire and hands the job to the
 * next worker, which imports it from scratch.
 */
describe('an import interrupted by a killed worker', () => {
  let api: ApiProcess;
  const workers: RunningProcess[] = [];

  beforeAll(async () => {
    await clearFrameworks(url());
    api = await startApi(env());
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await api?.stop();
  });

  it('leaves no partial framework, and the retried job completes exactly one version', async () => {
    const hr = await FrameworksApi.signIn(api.baseUrl, 'hr');
    const doomed = await startWorker({ ...env(), FRAMEWORK_IMPORT_PAUSE_MS: '120000' });
    workers.push(doomed);
    const { importId } = await hr.enqueue(fixture(MBO), 'mbo.txt', { code: 'TEST-MBO-CRASH' });

    await waitFor(() => doomed.output().includes(`import ${importId} pausing`), {
      timeoutMs: 30_000,
      what: 'the worker to hold the import before its commit',
    });
    const running = await hr.status(importId);
    expect(running).toMatchObject({ state: 'running', progress: 40, attempts: 1 });
    // The rows exist only inside the open transaction, which holds the framework's lock.
    const [locks] = await query<{ n: string }>(
      url(),
      `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted`,
    );
    expect(Number(locks.n)).toBeGreaterThan(0);

    await doomed.kill();
    expect(doomed.child.signalCode).toBe('SIGKILL');
    await waitFor(
      async () => {
        const [open] = await query<{ n: string }>(
          url(),
          `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted`,
        );
        return open.n === '0';
      },
      { what: 'PostgreSQL to roll the transaction back' },
    );
    const afterCrash = await countRows(url());
    expect(
      Object.values(afterCrash).every((n) => n === 0),
      JSON.stringify(afterCrash),
    ).toBe(true);
    expect((await hr.status(importId)).state).toBe('running');

    const rescuer = await startWorker(env());
    workers.push(rescuer);
    const done = await hr.finished(importId, 45_000);
    expect(done).toMatchObject({ state: 'completed', created: true, version: 1, progress: 100 });

    const versions = await query<{ version: number }>(
      url(),
      `SELECT v.version FROM framework_version v JOIN framework f ON f.id = v.framework_id
        WHERE f.code = 'TEST-MBO-CRASH'`,
    );
    expect(versions).toEqual([{ version: 1 }]);
    const counts = await countRows(url());
    expect(counts).toMatchObject({
      framework: 1,
      framework_version: 1,
      mbo_profile: 6,
      core_task: 15,
      work_process: 77,
      behaviour: 507,
      core_task_knowledge: 867,
    });
  });
});
