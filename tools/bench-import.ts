/**
 * Import benchmark: `npx tsx tools/bench-import.ts [runs]` (default 10).
 *
 * 1. Parse time and memory per seed dossier: runs libs/domain/dossier/bench/parse-bench.ts
 *    (one child process per file).
 * 2. End to end through the API and a worker: a throwaway database, the built API and worker
 *    (build first: `npx tsc -b apps/api/tsconfig.app.json`), then each seed uploaded `runs`
 *    times, each time with one title changed so that every upload stores a new version.
 *    Measures upload → import completed, and prints median, p95 and the ratio to the target.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ApiClient,
  createDatabase,
  deleteRedisPrefix,
  dropDatabase,
  runCli,
  startApi,
  startWorker,
  uniqueName,
} from '../libs/api/testing/src/index';

const ROOT = resolve(__dirname, '..');
const FIXTURES = resolve(ROOT, 'libs/domain/dossier/test/fixtures');
const E2E_TARGET_MS = 3000;

/** Each seed, with a title that occurs in it, to vary per run so every upload is new content. */
const SEEDS = [
  {
    file: 'bk-0571-1-productmanager.txt',
    vary: 'Onderzoekt een product, dienst of merk',
    fields: {},
  },
  { file: 'bk-0496-1-externe-sales.txt', vary: 'Werkt oplossingsgericht', fields: {} },
  {
    file: 'mbo-kwalificatiedossier-commercie.txt',
    vary: 'Onderzoekt de customer journey',
    fields: { code: 'BENCH-MBO' },
  },
];

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10);

  console.log('== parse (libs/domain/dossier/bench/parse-bench.ts) ==');
  process.stdout.write(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', resolve(ROOT, 'libs/domain/dossier/bench/parse-bench.ts'), '50'],
      { encoding: 'utf8' },
    ),
  );

  console.log(`\n== end to end: upload -> import completed, ${runs} new versions per seed ==`);
  const db = await createDatabase('tribeworks_bench');
  const redisPrefix = uniqueName('tw-bench');
  const env = { DATABASE_URL: db.url, REDIS_PREFIX: redisPrefix };
  const stops: Array<() => Promise<unknown>> = [];
  try {
    for (const step of [['migrate'], ['seed']]) {
      const result = await runCli(step, { ...env, LOG_LEVEL: 'warn' });
      if (result.code !== 0) throw new Error(`${step[0]} failed:\n${result.output}`);
    }
    const api = await startApi({ ...env, MIGRATE_ON_START: 'false' });
    stops.push(() => api.stop());
    const worker = await startWorker(env);
    stops.push(() => worker.stop());
    const hr = await ApiClient.signInAs(api.baseUrl, 'hr');

    console.log(
      'file                                   median ms   p95 ms  target ms  ratio(p95)  new versions',
    );
    for (const seed of SEEDS) {
      const text = readFileSync(resolve(FIXTURES, seed.file), 'utf8');
      if (!text.includes(seed.vary)) throw new Error(`${seed.file} lacks "${seed.vary}"`);
      const times: number[] = [];
      let created = 0;
      for (let run = 1; run <= runs; run += 1) {
        const content = text.replaceAll(seed.vary, `${seed.vary} (bench ${uniqueName('r')})`);
        const form = new FormData();
        form.append('file', new Blob([content], { type: 'text/plain' }), seed.file);
        for (const [k, v] of Object.entries(seed.fields)) form.append(k, v);
        const start = performance.now();
        const res = await hr.fetch('/api/frameworks/imports', { method: 'POST', body: form });
        if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
        const { importId } = (await res.json()) as { importId: string };
        for (;;) {
          const status = (await (await hr.get(`/api/frameworks/imports/${importId}`)).json()) as {
            state: string;
            created: boolean | null;
            error: { message: string } | null;
          };
          if (status.state === 'failed') throw new Error(`import failed: ${status.error?.message}`);
          if (status.state === 'completed') {
            if (status.created) created += 1;
            break;
          }
          await new Promise((r) => setTimeout(r, 10));
        }
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      console.log(
        `${seed.file.padEnd(38)} ${percentile(times, 50).toFixed(1).padStart(9)} ${p95.toFixed(1).padStart(8)}` +
          ` ${String(E2E_TARGET_MS).padStart(10)} ${(p95 / E2E_TARGET_MS).toFixed(3).padStart(11)} ${`${created}/${runs}`.padStart(13)}`,
      );
    }
  } finally {
    for (const stop of stops.reverse()) await stop();
    await dropDatabase(db.name);
    await deleteRedisPrefix(redisPrefix);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
