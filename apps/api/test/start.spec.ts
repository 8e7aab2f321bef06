import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  API_DIST,
  ApiClient,
  type RunningProcess,
  freePort,
  startNode,
  waitFor,
} from '@tribeworks/api-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isListening } from '../src/embedded/ports';

/**
 * `npm start` with nothing configured: embedded PostgreSQL under the data folder, a
 * redis-server started on demand, API and worker as children, Ctrl-C stops it all, and a
 * restart keeps the data.
 */
describe('one-command start (embedded database, redis-server on demand)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let port: number;
  let redisPort: number;
  let running: RunningProcess | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tribeworks-start-'));
    port = await freePort();
    redisPort = await freePort();
    env = {
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_DB_PORT: String(await freePort()),
      // Nothing listens on this port yet: start must launch redis-server itself.
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      LOG_PRETTY: 'false',
    };
  });

  afterAll(async () => {
    await running?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<RunningProcess> {
    const proc = startNode(resolve(API_DIST, 'start.js'), [], env);
    await waitFor(
      () => {
        if (proc.child.exitCode !== null) throw new Error(`start exited:\n${proc.output()}`);
        return proc.output().includes('is running at');
      },
      { timeoutMs: 60_000, what: 'Tribeworks to start' },
    );
    return proc;
  }

  const api = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${path}`, init);

  it('runs migrations, seeds, serves API and web, and runs jobs through the worker', async () => {
    running = await start();
    expect(running.output()).toContain('Embedded PostgreSQL (PGlite)');
    expect(running.output()).toContain(`Starting redis-server on 127.0.0.1:${redisPort}`);
    expect(running.output()).toMatch(/Applied \d+ migration/);
    expect(running.output()).toContain('Seeded system settings');

    const health = await api('/api/health');
    expect(await health.json()).toMatchObject({ db: 'up', redis: 'up' });
    const home = await api('/');
    expect(await home.text()).toContain('<div id="root">');

    // The demo data includes the demo users of the README.
    const admin = await ApiClient.signInAs(`http://127.0.0.1:${port}`, 'admin');
    const queued = (await (
      await admin.post('/api/system/ping', { message: 'embedded' })
    ).json()) as {
      queue: string;
      id: string;
    };
    await waitFor(
      async () => {
        const job = (await (await admin.get(`/api/jobs/${queued.queue}/${queued.id}`)).json()) as {
          state: string;
        };
        return job.state === 'completed';
      },
      { timeoutMs: 20_000, what: 'the ping job' },
    );

    // Dutch full-text search runs on the embedded database as on PostgreSQL: "product"
    // finds the inflected "producten" in the demo dossiers.
    const search = await admin.get('/api/frameworks/search?q=product');
    expect(search.status).toBe(200);
    const hits = JSON.stringify(await search.json());
    expect(hits).toMatch(/<mark>[Pp]roduct/);
  });

  it('stops everything on Ctrl-C (SIGINT)', async () => {
    running!.child.kill('SIGINT');
    expect(await running!.exited).toBe(0);
    expect(await isListening('127.0.0.1', port)).toBe(false);
    expect(await isListening('127.0.0.1', redisPort)).toBe(false);
    expect(await isListening('127.0.0.1', Number(env.EMBEDDED_DB_PORT))).toBe(false);
  });

  it('keeps the data across a restart', async () => {
    running = await start();
    expect(running.output()).toContain('no migrations to apply');
    // The job of the first run is still in Redis (append-only file under the data folder).
    const admin = await ApiClient.signInAs(`http://127.0.0.1:${port}`, 'admin');
    const job = await admin.get('/api/jobs/system/1');
    expect(job.status).toBe(200);
    expect(await job.json()).toMatchObject({ state: 'completed', result: { message: 'embedded' } });
    running.child.kill('SIGINT');
    expect(await running.exited).toBe(0);
  });
});
