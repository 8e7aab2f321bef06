/**
 * Organisation benchmark: `npm run bench:org [-- --requests 2000 --people 10000]`.
 *
 * Build first (`npx tsc -b apps/api/tsconfig.app.json`). Creates a throwaway database,
 * migrates it, seeds the demo users, generates an organisation (tools/generate-org.ts), starts
 * the built API on loopback and signs in as the demo HR user. Then, per endpoint, a fixed
 * number of requests (bounded by 60 s as well) over 32 concurrent connections against
 * `GET /api/tribes/:id/matrix` and `GET /api/people/:id`, and the same SQL the service runs
 * (organisation.queries.ts), timed with pg over 32 connections. Prints p50/p95/p99, requests
 * per second and the ratio API / SQL. Drops the database at the end.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import {
  MANAGER_CHAPTERS_SQL,
  MATRIX_MEMBERS_SQL,
  MATRIX_UNITS_SQL,
  PERSON_HISTORY_SQL,
  PERSON_ROLES_SQL,
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
  const requests = arg('--requests', 2000);
  const peopleCount = arg('--people', 10_000);
  const db = await createDatabase('tribeworks_bench');
  const env = { DATABASE_URL: db.url, LOG_LEVEL: 'warn' };
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  const pool = new Pool({ connectionString: db.url, max: CONCURRENCY });
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
    const hr = await ApiClient.signInAs(api.baseUrl, 'hr');

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

    const apiGet = async (path: string) => {
      const res = await hr.fetch(path);
      await res.arrayBuffer();
      return res.status === 200;
    };
    const matrixApi = (i: number) => apiGet(`/api/tribes/${tribes[i % tribes.length]}/matrix`);
    const personApi = (i: number) => apiGet(`/api/people/${people[i % people.length]}`);
    const matrixSql = async (i: number) => {
      const id = tribes[i % tribes.length];
      await pool.query(MATRIX_UNITS_SQL, [id]);
      await pool.query(MATRIX_MEMBERS_SQL, [id, today]);
      return true;
    };
    const personSql = async (i: number) => {
      const id = people[i % people.length];
      await pool.query('SELECT * FROM person WHERE id = $1', [id]);
      const history = await pool.query<{ kind: string; unitId: string }>(PERSON_HISTORY_SQL, [id]);
      await pool.query(PERSON_ROLES_SQL, [id]);
      const chapters = history.rows.filter((h) => h.kind === 'chapter').map((h) => h.unitId);
      await pool.query(MANAGER_CHAPTERS_SQL, [chapters]);
      await pool.query('SELECT id, name FROM person WHERE id = ANY($1::uuid[])', [[id]]);
      return true;
    };

    // Warm-up: JIT, connection pools, PostgreSQL's caches.
    await load(200, matrixApi);
    await load(200, personApi);
    await load(200, matrixSql);
    await load(200, personSql);

    const results = [
      row('GET /api/tribes/:id/matrix', await load(requests, matrixApi)),
      row('  same SQL via pg', await load(requests, matrixSql)),
      row('GET /api/people/:id', await load(requests, personApi)),
      row('  same SQL via pg', await load(requests, personSql)),
    ];
    const [{ squads, members }] = (await query<{ squads: string; members: string }>(
      db.url,
      `SELECT (SELECT round(avg(n)) FROM (SELECT count(*) n FROM squad GROUP BY tribe_id) x) AS squads,
              (SELECT round(avg(n)) FROM (SELECT count(*) n FROM membership WHERE tribe_id IS NOT NULL AND valid_until IS NULL GROUP BY tribe_id) x) AS members`,
    )) as [{ squads: string; members: string }];
    console.log(
      `\n${peopleCount} people, ${tribes.length} tribes (avg ${squads} squads, ${members} current memberships per tribe); ${requests} requests per line, ${CONCURRENCY} concurrent, loopback\n`,
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
      `\nmatrix API / SQL: ${ratio(results[0]!, results[1]!)}  (target: p95 < 50 ms, ≤ 2×)`,
    );
    console.log(`person API / SQL: ${ratio(results[2]!, results[3]!)}`);
  } finally {
    await pool.end();
    await api?.stop();
    await dropDatabase(db.name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
