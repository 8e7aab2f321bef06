/**
 * Parse benchmark: `npx tsx libs/domain/dossier/bench/parse-bench.ts [runs]`.
 * Each fixture is parsed in a fresh child process (so heap figures are per file): warm-up, then N
 * timed runs; prints median and p95 in ms, heap and RSS growth, and the ratio to the target.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDossier } from '../src/index';

const FIXTURES = resolve(__dirname, '../test/fixtures');
const FILES: Array<{ file: string; targetMs: number }> = [
  { file: 'bk-0571-1-productmanager.txt', targetMs: 100 },
  { file: 'bk-0496-1-externe-sales.txt', targetMs: 100 },
  { file: 'mbo-kwalificatiedossier-commercie.txt', targetMs: 300 },
];

interface Measure {
  file: string;
  medianMs: number;
  p95Ms: number;
  heapDeltaMb: number;
  rssDeltaMb: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function measure(file: string, runs: number): Measure {
  const text = readFileSync(resolve(FIXTURES, file), 'utf8');
  for (let i = 0; i < 5; i += 1) parseDossier(text);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  let heapPeak = heapBefore;
  let rssPeak = rssBefore;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    parseDossier(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const usage = process.memoryUsage();
    heapPeak = Math.max(heapPeak, usage.heapUsed);
    rssPeak = Math.max(rssPeak, usage.rss);
  }
  times.sort((a, b) => a - b);
  return {
    file,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    heapDeltaMb: (heapPeak - heapBefore) / 2 ** 20,
    rssDeltaMb: (rssPeak - rssBefore) / 2 ** 20,
  };
}

const runs = Number(process.argv[2] ?? 50);
if (process.env.DOSSIER_BENCH_CHILD) {
  process.stdout.write(JSON.stringify(measure(process.env.DOSSIER_BENCH_CHILD, runs)));
} else {
  console.log(
    `dossier parse benchmark: ${runs} runs per file after 5 warm-up runs, one child process per file`,
  );
  console.log(
    'file                                   median ms   p95 ms  target ms  ratio(p95)  heap Δ MB  rss Δ MB',
  );
  for (const { file, targetMs } of FILES) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', __filename, String(runs)],
      {
        env: { ...process.env, DOSSIER_BENCH_CHILD: file },
        encoding: 'utf8',
      },
    );
    const m = JSON.parse(out) as Measure;
    console.log(
      `${file.padEnd(38)} ${m.medianMs.toFixed(2).padStart(9)} ${m.p95Ms.toFixed(2).padStart(8)} ${String(targetMs).padStart(10)}` +
        ` ${(m.p95Ms / targetMs).toFixed(3).padStart(11)} ${m.heapDeltaMb.toFixed(1).padStart(10)} ${m.rssDeltaMb.toFixed(1).padStart(9)}`,
    );
  }
}
