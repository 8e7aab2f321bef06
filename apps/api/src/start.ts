import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { loadConfigOrExit } from '@tribeworks/api-core';
import pino from 'pino';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded/embedded-postgres';
import { ensureRedis, type RedisPlan } from './embedded/embedded-redis';
import { APP_VERSION } from './version';

/**
 * `npm start`: one command, no configuration. Provides PostgreSQL (embedded PGlite when
 * DATABASE_URL is absent) and Redis (starts redis-server when none answers locally), then
 * runs the API (which migrates and seeds) and the worker as child processes. Ctrl-C stops
 * everything, in reverse order.
 */
async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    SEED_DEMO_DATA: 'true',
    LOG_PRETTY: process.stdout.isTTY ? 'true' : 'false',
    ...process.env,
  };
  const config = loadConfigOrExit(env);
  const log = pino({
    level: config.LOG_LEVEL,
    name: 'start',
    transport: config.LOG_PRETTY
      ? { target: 'pino-pretty', options: { singleLine: true } }
      : undefined,
  });
  const dataDir = resolve(config.DATA_DIR);
  const children: ChildProcess[] = [];
  let embedded: EmbeddedPostgres | undefined;
  let redis: RedisPlan | undefined;
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log.info('Stopping Tribeworks');
    for (const child of [...children].reverse()) await stopChild(child);
    await redis?.stop();
    await embedded?.stop();
    log.info('Stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    if (!config.DATABASE_URL) {
      embedded = await startEmbeddedPostgres(dataDir, config.EMBEDDED_DB_PORT);
      env.DATABASE_URL = embedded.url;
      // One embedded session serves every connection: keep the pools small.
      env.DB_POOL_SIZE ??= '4';
      // Its socket delivers no notifications, so read caches could not be kept true.
      env.READ_CACHE ??= 'false';
      log.info(`Embedded PostgreSQL (PGlite) with its data in ${resolve(dataDir, 'pg')}`);
    }
    redis = await ensureRedis(config.REDIS_URL, dataDir, {
      allowStart: config.START_REDIS,
      log: (message) => log.info(message),
    });
  } catch (error) {
    log.error((error as Error).message);
    await redis?.stop();
    await embedded?.stop();
    process.exit(1);
  }

  const run = (script: string, name: string) => {
    const child = spawn(process.execPath, [resolve(__dirname, script)], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      log.error(
        `The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping Tribeworks`,
      );
      void stopAll(1);
    });
    children.push(child);
    return child;
  };

  const api = run('main.js', 'API');
  const base = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  while (!stopping) {
    const ok = await fetch(`${base}/api/system/info`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (api.exitCode !== null) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  run('worker.js', 'worker');
  log.info(
    `Tribeworks ${APP_VERSION} is running at http://localhost:${config.PORT} (Ctrl-C stops it)`,
  );
}

function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

void main();
