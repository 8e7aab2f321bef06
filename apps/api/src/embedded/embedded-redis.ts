import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isListening } from './ports';

export const REDIS_HELP =
  'Install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) so that ' +
  'redis-server is on PATH, or start one with: docker compose -f docker/compose.yml up -d redis, ' +
  'or set REDIS_URL to a Redis server you have.';

export interface RedisPlan {
  /** A redis-server child this process started, if any. */
  child?: ChildProcess;
  stop(): Promise<void>;
}

function isLocal(host: string): boolean {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);
}

function redisServerOnPath(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure Redis answers at `url`: uses a running server, or, when the URL points at this
 * machine, nothing listens there and `redis-server` is on PATH, starts one with its data
 * (append-only file) under `<dataDir>/redis`.
 */
export async function ensureRedis(
  url: string,
  dataDir: string,
  options: { allowStart: boolean; log: (message: string) => void },
): Promise<RedisPlan> {
  const parsed = new URL(url);
  const host = parsed.hostname || '127.0.0.1';
  const port = Number(parsed.port || 6379);
  if (await isListening(host, port)) return { stop: async () => undefined };

  if (!options.allowStart || !isLocal(host)) {
    throw new Error(`Redis is not reachable at ${url}. ${REDIS_HELP}`);
  }
  if (!redisServerOnPath()) {
    throw new Error(
      `Redis is not running at ${url} and redis-server is not on PATH. ${REDIS_HELP}`,
    );
  }
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  options.log(`Starting redis-server on 127.0.0.1:${port} with its data in ${dir}`);
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const deadline = Date.now() + 10_000;
  while (!(await isListening('127.0.0.1', port, 200))) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('redis-server did not start within 10 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
