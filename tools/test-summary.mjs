#!/usr/bin/env node
// Sums the Vitest JSON reports in a folder into one closing line: "N passed, N failed".
// A project whose report is missing (its run crashed) counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...expected] = process.argv.slice(2);
if (!dir) {
  console.error('Usage: node tools/test-summary.mjs <report-dir> [expected-project ...]');
  process.exit(2);
}

let passed = 0;
let failed = 0;
let skipped = 0;
const found = new Set();
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  found.add(file.replace(/\.json$/, ''));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load has no failed test, but did fail.
  const brokenSuites = (report.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
  ).length;
  failed += brokenSuites;
  // A run that failed without a failing test (no test files, a crash in setup) counts once.
  if (report.success === false && !report.numFailedTests && !brokenSuites) {
    console.error(`${file}: the run failed without a failing test`);
    failed += 1;
  }
}
for (const project of expected) {
  if (!found.has(project)) {
    console.error(`No test report from ${project}: its test run did not finish`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
