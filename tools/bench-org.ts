/**
 * Organisation benchmark: `npm run bench:org [-- --requests 5000 --people 10000]`.
 *
 * Build first (`npm run build`). Creates a throwaway database, migrates it, seeds the demo
 * users, generates an organisation (tools/generate-org.ts), starts two built APIs on
 * loopback, one with the read caches on (the default) and one with READ_CACHE=false, and
 * signs in as the demo HR user. Then, per line, a fixed number of requests (bounded by 60 s
 * as well) over 32 concurrent connections against `GET /api/tribes/:id/matrix` and
 * `GET /api/people/:id`, and the same SQL the services run (organisation.queries.ts, as the
 * same named prepared statements), timed with pg over 32 connections. The matrix is also
 * measured while another client changes a squad's mission every 250 ms, each time in another
 * tribe (each change makes that tribe's matrix be built again). Prints p50/p95/p99, requests per second and the ratios
 * API / SQL. Drops the database at the end.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { Pool as UndiciPool } from 'undici';
import type { PreparedRead } from '../libs/api/core/src/lib/database/prepared-reads';
import {
  MANAGER_CHAPTERS,
  MATRIX_MEMBERS,
  MATRIX_UNITS,
  PERSON,
  PERSON_HISTORY,
  PERSON_ROLES,
} from '../libs/api/organisation/src/lib/organisation.queries';
import {
  ApiClient,
  createDatabase,
  dropDatabase,
  query,
  runCli,
  startApi,
  uniqueName,
} from '../libs/api/testing/src/index';

const ROOT = resolve(__dirname, '..');
const CONCURRENCY = 32;
const MAX_SECONDS = 60;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

interface Result {
  count: number;
  seconds: number;
  latencies: number[];
  errors: number;
}

/** Runs `work(i)` `total` times over CONCURRENCY loops; stops early after MAX_SECONDS. */
async function load(total: number, work: (i: number) => Promise<boolean>): Promise<Result> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const deadline = performance.now() + MAX_SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total && performance.now() < deadline) {
        const i = next++;
        const t0 = performance.now();
        const ok = await work(i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  return {
    count: latencies.length,
    seconds: (performance.now() - started) / 1000,
    latencies: latencies.sort((a, b) => a - b),
    errors,
  };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

function row(label: string, r: Result) {
  return {
    label,
    p50: pct(r.latencies, 50),
    p95: pct(r.latencies, 95),
    p99: pct(r.latencies, 99),
    rps: r.count / r.seconds,
    count: r.count,
    errors: r.errors,
  };
}

async function main(): Promise<void> {
  const requests = arg('--requests', 5000);
  const peopleCount = arg('--people', 10_000);
  const db = await createDatabase('tribeworks_bench');
  const env = { DATABASE_URL: db.url, LOG_LEVEL: 'warn' };
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  let uncachedApi: Awaited<ReturnType<typeof startApi>> | undefined;
  const pool = new Pool({ connectionString: db.url, max: CONCURRENCY });
  const clients: UndiciPool[] = [];
  const sql = async <T>(read: PreparedRead, values: unknown[]) =>
    (await pool.query({ name: read.name, text: read.text, values })).rows as T[];
  try {
    for (const step of ['migrate', 'seed']) {
      const out = await runCli([step], env);
      if (out.code !== 0) throw new Error(`${step} failed:\n${out.output}`);
    }
    // The seed made the demo users (and their demo organisation): replace the organisation.
    console.log(
      execFileSync(
        process.execPath,
        [
          resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
          resolve(ROOT, 'tools/generate-org.ts'),
          '--people',
          String(peopleCount),
          '--database-url',
          db.url,
          '--reset',
        ],
        { encoding: 'utf8' },
      ),
    );
    api = await startApi({ ...env, REDIS_PREFIX: uniqueName('tw-bench') });
    uncachedApi = await startApi({
      ...env,
      READ_CACHE: 'false',
      MIGRATE_ON_START: 'false',
      REDIS_PREFIX: uniqueName('tw-bench'),
    });
    const hr = await ApiClient.signInAs(api.baseUrl, 'hr');
    const cacheState = async (base: string) =>
      ((await (await fetch(`${base}/api/health`)).json()) as { readCache: string }).readCache;

    const tribes = (await query<{ id: string }>(db.url, 'SELECT id FROM tribe ORDER BY id')).map(
      (t) => t.id,
    );
    const people = (
      await query<{ id: string }>(
        db.url,
        `SELECT DISTINCT person_id AS id FROM membership WHERE kind = 'squad' ORDER BY 1 LIMIT 500`,
      )
    ).map((p) => p.id);
    const today = new Date().toISOString().slice(0, 10);

    // The load generator shares the 2 cores with the API: undici's pool (32 keep-alive
    // connections) costs it far less CPU per request than fetch. Asks as a browser does
    // (Accept-Encoding) and times up to the last byte, as wrk would, without decompressing.
    const headers = { cookie: hr.cookieHeader, 'accept-encoding': 'gzip, deflate, br' };
    const apiGet = async (client: UndiciPool, path: string) => {
      const res = await client.request({ method: 'GET', path, headers });
      const body = await res.body.arrayBuffer();
      return res.statusCode === 200 && body.byteLength > 0;
    };
    clients.push(
      new UndiciPool(api.baseUrl, { connections: CONCURRENCY }),
      new UndiciPool(uncachedApi.baseUrl, { connections: CONCURRENCY }),
    );
    const [cachedClient, uncachedClient] = clients as [UndiciPool, UndiciPool];
    const matrixPath = (i: number) => `/api/tribes/${tribes[i % tribes.length]}/matrix`;
    const personPath = (i: number) => `/api/people/${people[i % people.length]}`;
    const matrixApi = (i: number) => apiGet(cachedClient, matrixPath(i));
    const matrixUncached = (i: number) => apiGet(uncachedClient, matrixPath(i));
    const personApi = (i: number) => apiGet(cachedClient, personPath(i));
    const matrixSql = async (i: number) => {
      const id = tribes[i % tribes.length];
      await sql(MATRIX_UNITS, [id]);
      await sql(MATRIX_MEMBERS, [id, today]);
      return true;
    };
    const personSql = async (i: number) => {
      const id = people[i % people.length];
      await sql(PERSON, [id]);
      const history = await sql<{ kind: string; unitId: string }>(PERSON_HISTORY, [id]);
      await sql(PERSON_ROLES, [id]);
      const chapters = history.filter((h) => h.kind === 'chapter').map((h) => h.unitId);
      await sql(MANAGER_CHAPTERS, [chapters]);
      return true;
    };

    /** Runs `work` under load while a writer changes a squad's mission every 250 ms, in turn in every tribe. */
    const withWrites = async (work: (i: number) => Promise<boolean>) => {
      // One squad per tribe, changed in turn: every change touches another tribe.
      const squads = await query<{ id: string; mission: string; version: number }>(
        db.url,
        'SELECT DISTINCT ON (tribe_id) id, mission, version FROM squad ORDER BY tribe_id, id',
      );
      const latencies: number[] = [];
      let running = true;
      // A change starts every 250 ms (or as soon as the previous one answered, if later).
      const writer = (async () => {
        while (running) {
          const squad = squads[latencies.length % squads.length]!;
          const started = performance.now();
          const res = await hr.fetch(`/api/squads/${squad.id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ mission: `${squad.mission} (changed)`, version: squad.version }),
          });
          if (!res.ok) throw new Error(`squad update failed: ${res.status} ${await res.text()}`);
          squad.version = ((await res.json()) as { version: number }).version;
          const took = performance.now() - started;
          latencies.push(took);
          await new Promise((r) => setTimeout(r, Math.max(0, 250 - took)));
        }
      })();
      const result = await load(requests, work);
      running = false;
      await writer;
      latencies.sort((a, b) => a - b);
      return { result, writes: latencies.length, writeP50: pct(latencies, 50) };
    };

    // Warm-up: JIT, connection pools, PostgreSQL's caches.
    await load(1000, matrixApi);
    await load(1000, matrixUncached);
    await load(1000, personApi);
    await load(1000, matrixSql);
    await load(1000, personSql);

    const states = `read cache: ${await cacheState(api.baseUrl)} / ${await cacheState(uncachedApi.baseUrl)}`;
    const cached = row('GET /api/tribes/:id/matrix', await load(requests, matrixApi));
    const sqlMatrix = row('  same SQL via pg', await load(requests, matrixSql));
    const uncached = row('  … with READ_CACHE=false', await load(requests, matrixUncached));
    const writing = await withWrites(matrixApi);
    const underWrites = row(
      `  … while a squad changes every 250 ms (${writing.writes} changes, p50 ${writing.writeP50.toFixed(0)} ms each)`,
      writing.result,
    );
    const results = [
      cached,
      sqlMatrix,
      uncached,
      underWrites,
      row('GET /api/people/:id', await load(requests, personApi)),
      row('  same SQL via pg', await load(requests, personSql)),
    ];
    const [{ squads, members }] = (await query<{ squads: string; members: string }>(
      db.url,
      `SELECT (SELECT round(avg(n)) FROM (SELECT count(*) n FROM squad GROUP BY tribe_id) x) AS squads,
              (SELECT round(avg(n)) FROM (SELECT count(*) n FROM membership WHERE tribe_id IS NOT NULL AND valid_until IS NULL GROUP BY tribe_id) x) AS members`,
    )) as [{ squads: string; members: string }];
    console.log(
      `\n${peopleCount} people, ${tribes.length} tribes (avg ${squads} squads, ${members} current memberships per tribe); ${requests} requests per line, ${CONCURRENCY} concurrent, loopback; ${states}\n`,
    );
    console.log('| endpoint | p50 ms | p95 ms | p99 ms | req/s | requests | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      console.log(
        `| ${r.label} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.count} | ${r.errors} |`,
      );
    }
    const ratio = (a: (typeof results)[number], b: (typeof results)[number]) =>
      `p50 ${(a.p50 / b.p50).toFixed(2)}×, p95 ${(a.p95 / b.p95).toFixed(2)}×`;
    console.log(
      `\nmatrix API / SQL: ${ratio(cached, sqlMatrix)}  (target: p95 < 50 ms, ≤ 2×; p95 ${cached.p95.toFixed(1)} ms)`,
    );
    console.log(`matrix API with READ_CACHE=false / SQL: ${ratio(uncached, sqlMatrix)}`);
    console.log(`matrix API while writing / SQL: ${ratio(underWrites, sqlMatrix)}`);
    console.log(`person API / SQL: ${ratio(results[4]!, results[5]!)}`);
  } finally {
    await pool.end();
    await Promise.all(clients.map((c) => c.close()));
    await uncachedApi?.stop();
    await api?.stop();
    await dropDatabase(db.name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
