import {
  createDatabase,
  deleteRedisPrefix,
  dropDatabase,
  runCli,
  uniqueName,
} from '@tribeworks/api-testing';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisPrefix: string;
  }
}

/**
 * One throwaway database and one Redis key prefix per test run: migrations run once here,
 * and both are removed at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = await createDatabase('tribeworks_test');
  const redisPrefix = uniqueName('tw-test');
  const migrated = await runCli(['migrate'], { DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
  if (migrated.code !== 0) {
    await dropDatabase(db.name);
    throw new Error(`Migrations failed on the test database:\n${migrated.output}`);
  }
  // The demo data gives every test a signed-in user per role (DEMO_ACCOUNTS).
  const seeded = await runCli(['seed'], { DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
  if (seeded.code !== 0) {
    await dropDatabase(db.name);
    throw new Error(`Seeding failed on the test database:\n${seeded.output}`);
  }
  project.provide('databaseUrl', db.url);
  project.provide('redisPrefix', redisPrefix);
  return async () => {
    await dropDatabase(db.name);
    await deleteRedisPrefix(redisPrefix);
  };
}
