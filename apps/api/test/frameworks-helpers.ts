import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiClient, REPO_ROOT, query, waitFor } from '@tribeworks/api-testing';
import type { ApiSchema } from '@tribeworks/contracts';
import { expect } from 'vitest';

export type FrameworkImport = ApiSchema<'FrameworkImportDto'>;
export type EnqueuedImport = ApiSchema<'EnqueuedImportDto'>;

export const FIXTURES = resolve(REPO_ROOT, 'libs/domain/dossier/test/fixtures');
export const BK_PDF = 'bk-0571-1-productmanager.txt';
export const BK_WEB = 'bk-0496-1-externe-sales.txt';
export const MBO = 'mbo-kwalificatiedossier-commercie.txt';
export const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

/** Every table the frameworks area writes (the import records are counted apart). */
export const FRAMEWORK_TABLES = [
  'framework',
  'framework_version',
  'competency',
  'competency_activity',
  'knowledge_element',
  'competency_knowledge',
  'mbo_profile',
  'core_task',
  'core_task_knowledge',
  'work_process',
  'behaviour',
] as const;

export async function countRows(url: string): Promise<Record<string, number>> {
  const [row] = await query<Record<string, string>>(
    url,
    `SELECT ${FRAMEWORK_TABLES.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}

/**
 * The global setup seeds the demo frameworks; these tests start from empty framework tables
 * (the cascade takes versions and everything in them).
 */
export async function clearFrameworks(url: string): Promise<void> {
  await query(url, 'DELETE FROM framework_import');
  await query(url, 'DELETE FROM framework');
}

/**
 * The one way these tests talk HTTP: a signed-in client (cookie and CSRF header), so the
 * access rules apply as they do for the web app.
 */
export class FrameworksApi {
  constructor(readonly client: ApiClient) {}

  static async signIn(baseUrl: string, role: 'hr' | 'admin' | 'member' = 'hr') {
    return new FrameworksApi(await ApiClient.signInAs(baseUrl, role));
  }

  api(path: string, init?: RequestInit): Promise<Response> {
    return this.client.fetch(path, init);
  }

  async json<T>(path: string): Promise<T> {
    const res = await this.api(path);
    expect(res.status, `${path}: ${res.status}`).toBe(200);
    return (await res.json()) as T;
  }

  upload(
    content: string | Uint8Array,
    fileName: string,
    fields: Record<string, string> = {},
  ): Promise<Response> {
    const form = new FormData();
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    form.append('file', new Blob([bytes], { type: 'text/plain' }), fileName);
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    return this.api('/api/frameworks/imports', { method: 'POST', body: form });
  }

  async enqueue(
    content: string | Uint8Array,
    fileName: string,
    fields: Record<string, string> = {},
  ): Promise<EnqueuedImport> {
    const res = await this.upload(content, fileName, fields);
    expect(res.status, await res.clone().text()).toBe(202);
    return (await res.json()) as EnqueuedImport;
  }

  status(importId: string): Promise<FrameworkImport> {
    return this.json<FrameworkImport>(`/api/frameworks/imports/${importId}`);
  }

  finished(importId: string, timeoutMs = 30_000): Promise<FrameworkImport> {
    return waitFor(
      async () => {
        const s = await this.status(importId);
        return s.state === 'completed' || s.state === 'failed' ? s : undefined;
      },
      { timeoutMs, intervalMs: 100, what: `import ${importId} to finish` },
    );
  }

  /** Uploads and waits until the worker has finished the import. */
  async importFile(
    content: string | Uint8Array,
    fileName: string,
    fields: Record<string, string> = {},
  ): Promise<FrameworkImport> {
    const { importId } = await this.enqueue(content, fileName, fields);
    return this.finished(importId);
  }
}
