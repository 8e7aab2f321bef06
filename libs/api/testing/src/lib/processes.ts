import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** Root of the repository (this file sits at libs/api/testing/{src,dist}/lib). */
export const REPO_ROOT = resolve(__dirname, '../../../../..');
export const API_DIST = resolve(REPO_ROOT, 'apps/api/dist');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 15_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`,
  );
}

export interface RunningProcess {
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Sends SIGTERM and waits for the exit (SIGKILL after the grace period). */
  stop(graceMs?: number): Promise<number | null>;
  /** Kills at once, as a crash or `kill -9` would. */
  kill(): Promise<void>;
  readonly exited: Promise<number | null>;
}

export function startNode(script: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    output: () => output,
    exited,
    async stop(graceMs = 10_000) {
      if (!running()) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async kill() {
      if (running()) child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface ApiProcess extends RunningProcess {
  readonly port: number;
  readonly baseUrl: string;
}

/** Starts the built API (apps/api/dist/main.js) and waits until it answers. */
export async function startApi(
  env: NodeJS.ProcessEnv,
  options: { port?: number } = {},
): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const proc = startNode(resolve(API_DIST, 'main.js'), [], {
    HOST: '127.0.0.1',
    PORT: String(port),
    ...env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (proc.child.exitCode !== null) {
        throw new Error(`API exited with code ${proc.child.exitCode}:\n${proc.output()}`);
      }
      const res = await fetch(`${baseUrl}/api/system/info`).catch(() => undefined);
      return res?.ok;
    },
    { timeoutMs: 30_000, what: `API on port ${port}` },
  ).catch(async (error: unknown) => {
    await proc.kill();
    throw error;
  });
  return { ...proc, port, baseUrl };
}

/** Starts the built worker (apps/api/dist/worker.js) and waits until it says it started. */
export async function startWorker(env: NodeJS.ProcessEnv): Promise<RunningProcess> {
  const proc = startNode(resolve(API_DIST, 'worker.js'), [], env);
  await waitFor(
    () => {
      if (proc.child.exitCode !== null) {
        throw new Error(`Worker exited with code ${proc.child.exitCode}:\n${proc.output()}`);
      }
      return proc.output().includes('worker started');
    },
    { timeoutMs: 30_000, what: 'worker start' },
  );
  return proc;
}

/** Runs `node apps/api/dist/cli.js <args>` to completion. */
export async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  const proc = startNode(resolve(API_DIST, 'cli.js'), args, env);
  const code = await proc.exited;
  return { code, output: proc.output() };
}
