import {
  type ApiProcess,
  type RunningProcess,
  createDatabase,
  deleteRedisPrefix,
  dropDatabase,
  startApi,
  startWorker,
  uniqueName,
} from '@tribeworks/api-testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built API serves the built web app, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
  }
}

/**
 * One throwaway world per run: a fresh database, a Redis prefix of its own, the BUILT API
 * (migrates and seeds at start, serves apps/web/dist) and the BUILT worker.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createDatabase('tribeworks_e2e');
  const redisPrefix = uniqueName('tw_e2e');
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_PREFIX: redisPrefix,
    SEED_DEMO_DATA: 'true',
    SERVE_WEB: 'true',
    START_REDIS: 'false',
    LOG_LEVEL: 'warn',
  };
  let api: ApiProcess | undefined;
  let worker: RunningProcess | undefined;

  const teardown = async () => {
    await Promise.allSettled([worker?.stop(), api?.stop()]);
    await dropDatabase(database.name);
    await deleteRedisPrefix(redisPrefix);
  };

  try {
    api = await startApi(env);
    worker = await startWorker({ ...env, LOG_LEVEL: 'info' });
  } catch (error) {
    await teardown();
    throw error;
  }

  project.provide('baseUrl', api.baseUrl);
  return teardown;
}
