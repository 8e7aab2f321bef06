import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { assertPortFree } from './ports';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), with its data under `<dataDir>/pg`, served
 * over TCP on 127.0.0.1 so that the API and the worker (separate processes) reach it with
 * the ordinary driver. One session's throughput: for a single machine, not for load.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
): Promise<EmbeddedPostgres> {
  await assertPortFree(
    port,
    `Port ${port} for the embedded database is in use (is Tribeworks already running?). ` +
      'Stop the other instance, or set EMBEDDED_DB_PORT to a free port.',
  );
  const dir = join(dataDir, 'pg');
  mkdirSync(dir, { recursive: true });
  // btree_gist: the organisation's exclusion constraints (one chapter at a time). The
  // contrib modules are ECMAScript modules only: imported dynamically from this CommonJS file.
  const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
  const db = await PGlite.create(dir, { extensions: { btree_gist } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
