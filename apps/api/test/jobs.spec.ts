import {
  ApiClient,
  type ApiProcess,
  type RunningProcess,
  startApi,
  startWorker,
  waitFor,
} from '@tribeworks/api-testing';
import type { ApiSchema } from '@tribeworks/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

type JobStatus = ApiSchema<'JobStatusDto'>;
type Enqueued = ApiSchema<'EnqueuedJobDto'>;

const env = () => ({
  DATABASE_URL: inject('databaseUrl'),
  REDIS_PREFIX: `${inject('redisPrefix')}-jobs`,
  MIGRATE_ON_START: 'false',
});

describe('ping job through a real worker process', () => {
  let api: ApiProcess;
  let admin: ApiClient;
  const workers: RunningProcess[] = [];

  beforeAll(async () => {
    api = await startApi(env());
    admin = await ApiClient.signInAs(api.baseUrl, 'admin');
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await api?.stop();
  });

  async function enqueue(body: object): Promise<Enqueued> {
    const res = await admin.post('/api/system/ping', body);
    expect(res.status).toBe(202);
    return (await res.json()) as Enqueued;
  }

  async function status(job: Enqueued): Promise<JobStatus> {
    const res = await admin.get(`/api/jobs/${job.queue}/${job.id}`);
    expect(res.status).toBe(200);
    return (await res.json()) as JobStatus;
  }

  const finished = (job: Enqueued) =>
    waitFor(
      async () => {
        const s = await status(job);
        return ['completed', 'failed'].includes(s.state) ? s : undefined;
      },
      { timeoutMs: 30_000, what: `job ${job.id} to finish` },
    );

  it('waits while no worker runs, and completes once a worker starts', async () => {
    const job = await enqueue({ message: 'hallo' });
    await new Promise((r) => setTimeout(r, 1500));
    const waiting = await status(job);
    expect(waiting.state).toBe('waiting');
    expect(waiting.result).toBeNull();

    const worker = await startWorker(env());
    workers.push(worker);
    const done = await finished(job);
    expect(done.state).toBe('completed');
    expect(done.progress).toBe(100);
    const result = done.result as { message: string; processedBy: string };
    expect(result.message).toBe('hallo');
    // Processed by the worker process, not by the API.
    expect(result.processedBy).toMatch(new RegExp(`:${worker.child.pid}$`));
    expect(result.processedBy).not.toMatch(new RegExp(`:${api.child.pid}$`));
  });

  it('retries a failing attempt with backoff and then completes', async () => {
    const job = await enqueue({ message: 'retry', failTimes: 1 });
    const done = await finished(job);
    expect(done.state).toBe('completed');
    expect(done.attemptsMade).toBe(2);
    expect((done.result as { attempt: number }).attempt).toBe(2);
  });

  it('reports the failure reason when every attempt fails', async () => {
    const job = await enqueue({ message: 'doomed', failTimes: 5 });
    const done = await waitFor(
      async () => {
        const s = await status(job);
        return s.state === 'failed' ? s : undefined;
      },
      { timeoutMs: 30_000, what: 'job to fail' },
    );
    expect(done.attemptsMade).toBe(3);
    expect(done.failedReason).toContain('on purpose');
  });

  it('answers 404 with a code for an unknown queue or job', async () => {
    const unknownQueue = await admin.get('/api/jobs/nope/1');
    expect(unknownQueue.status).toBe(404);
    expect(await unknownQueue.json()).toMatchObject({ code: 'queue_not_found' });
    const unknownJob = await admin.get('/api/jobs/system/999999');
    expect(unknownJob.status).toBe(404);
    expect(await unknownJob.json()).toMatchObject({ code: 'job_not_found' });
  });

  it("reports someone else's job as absent", async () => {
    const job = await enqueue({ message: 'private' });
    const hr = await ApiClient.signInAs(api.baseUrl, 'hr');
    const res = await hr.get(`/api/jobs/${job.queue}/${job.id}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'job_not_found' });
  });
});
