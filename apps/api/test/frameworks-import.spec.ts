import {
  type ApiProcess,
  type RunningProcess,
  query,
  redisUrl,
  startApi,
  startWorker,
  waitFor,
} from '@tribeworks/api-testing';
import { redisOptionsFromUrl } from '@tribeworks/api-core';
import { type ApiSchema, JobName, QueueName } from '@tribeworks/contracts';
import { type ParsedDossier, parseDossier } from '@tribeworks/dossier';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BK_PDF,
  BK_WEB,
  FrameworksApi,
  MBO,
  clearFrameworks,
  countRows,
  fixture,
} from './frameworks-helpers';

type Detail = ApiSchema<'FrameworkDetailDto'>;
type Diff = ApiSchema<'FrameworkDiffDto'>;
type Search = ApiSchema<'FrameworkSearchResultDto'>;
type List = ApiSchema<'FrameworkListDto'>;
type Version = ApiSchema<'FrameworkVersionDto'>;

const url = () => inject('databaseUrl');
const prefix = () => `${inject('redisPrefix')}-frameworks`;
const env = () => ({ DATABASE_URL: url(), REDIS_PREFIX: prefix(), MIGRATE_ON_START: 'false' });

/** Counts of the tree as the parser sees it, and as the API returns it. */
function parsedCounts(d: ParsedDossier) {
  if (d.family === 'bk') {
    return {
      competencies: d.competencies.length,
      activities: d.competencies.map((c) => c.activities.length),
      knowledge: d.competencies.map((c) => c.knowledge.length),
    };
  }
  return {
    profiles: d.profiles.map((p) => p.code),
    coreTasks: d.coreTasks.map((k) => `${k.code}:${k.workProcesses.length}`),
    behaviours: d.coreTasks.flatMap((k) => k.workProcesses.map((w) => w.behaviours.length)),
    knowledge: d.coreTasks.map((k) => k.knowledgeAndSkills.length),
  };
}

function detailCounts(d: Detail) {
  if (d.family === 'bk') {
    return {
      competencies: d.competencies.length,
      activities: d.competencies.map((c) => c.activities.length),
      knowledge: d.competencies.map((c) => c.knowledge.length),
    };
  }
  const coreTasks = [...d.basis, ...d.profiles.flatMap((p) => p.coreTasks)];
  return {
    profiles: d.profiles.map((p) => p.code),
    coreTasks: coreTasks.map((k) => `${k.code}:${k.workProcesses.length}`),
    behaviours: coreTasks.flatMap((k) => k.workProcesses.map((w) => w.behaviours.length)),
    knowledge: coreTasks.map((k) => k.knowledge.length),
  };
}

/** A few lines of the BK web seed edited: one title, one activity edited, one added, one knowledge line gone. */
function editedBkWeb(): string {
  const text = fixture(BK_WEB);
  const knowledgeBlock =
    '  • Kennis van consumentenrechten\n  • Kennis van klachtenbehandeling\n  • Kennis van zakelijk communicatie\n';
  expect(text.split(knowledgeBlock)).toHaveLength(2);
  const edited = text
    .replace(/^ {2}Behandelt klachten$/m, '  Behandelt klachten en retouren')
    .replace(
      '  • Toetst af of een klacht gegrond is\n',
      '  • Toetst af of een klacht gegrond en volledig is\n',
    )
    .replace(
      '  • Doet voorstellen aan de klant voor het afhandelen van klachten\n',
      '  • Doet voorstellen aan de klant voor het afhandelen van klachten\n  • Registreert de klacht binnen <24 uur & "direct" in het klantensysteem\n',
    )
    .replace(
      knowledgeBlock,
      '  • Kennis van consumentenrechten\n  • Kennis van zakelijk communicatie\n',
    );
  expect(edited).not.toBe(text);
  return edited;
}

describe('framework import through the API and a real worker', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let hr: FrameworksApi;

  beforeAll(async () => {
    await clearFrameworks(url());
    api = await startApi(env());
    worker = await startWorker(env());
    hr = await FrameworksApi.signIn(api.baseUrl, 'hr');
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('refuses bad input with a clear 4xx and stores nothing', async () => {
    const refuse = async (
      content: string | Uint8Array,
      status: number,
      code: string,
      fields: Record<string, string> = {},
    ) => {
      const res = await hr.upload(content, 'bad.txt', fields);
      const body = (await res.json()) as { code: string; message: string };
      expect({ status: res.status, code: body.code }).toEqual({ status, code });
      expect(body.message.length).toBeGreaterThan(10);
      return body;
    };
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    await refuse('', 400, 'file_empty');
    await refuse(binary, 422, 'dossier_binary');
    await refuse(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), 413, 'payload_too_large');
    await refuse(fixture('not-a-dossier.txt'), 422, 'dossier_not_a_dossier');
    const half = (text: string) =>
      text
        .split('\n')
        .slice(0, text.split('\n').length / 2)
        .join('\n');
    await refuse(half(fixture(BK_PDF)), 422, 'dossier_truncated');
    await refuse(half(fixture(MBO)), 422, 'dossier_truncated', { code: 'TEST-MBO' });
    const missing = await refuse(fixture(MBO), 422, 'framework_code_required');
    expect(missing).toMatchObject({ details: { fields: [{ field: 'code' }] } });
    await refuse(fixture(BK_WEB), 422, 'framework_code_mismatch', { code: 'BK-0571-1' });
    const noFile = await hr.api('/api/frameworks/imports', {
      method: 'POST',
      body: new FormData(),
    });
    expect(noFile.status).toBe(400);
    expect(await noFile.json()).toMatchObject({ code: 'file_missing' });

    const counts = await countRows(url());
    expect(
      Object.values(counts).every((n) => n === 0),
      JSON.stringify(counts),
    ).toBe(true);
    expect(await query(url(), 'SELECT id FROM framework_import')).toEqual([]);
  });

  it('fails an import whose stored bytes the parser refuses, without retrying or storing anything', async () => {
    // An import row written as the API would, but with a truncated dossier (e.g. stored by an
    // older release whose checks were weaker): the job must fail it for good.
    const [{ id }] = await query<{ id: string }>(
      url(),
      `INSERT INTO framework_import (file_name, content, requested_code)
       VALUES ('half.txt', $1, 'TEST-HALF') RETURNING id`,
      [Buffer.from(fixture(MBO).slice(0, 120_000))],
    );
    const queue = new Queue(QueueName.Frameworks, {
      prefix: prefix(),
      connection: redisOptionsFromUrl(redisUrl()),
    });
    try {
      await queue.add(
        JobName.FrameworkImport,
        { importId: id, requestedBy: null, requestedByEmail: null, requestId: null },
        { jobId: id, attempts: 3, backoff: { type: 'fixed', delay: 100 } },
      );
      const done = await hr.finished(id);
      expect(done).toMatchObject({
        state: 'failed',
        attempts: 1,
        error: { code: 'dossier_truncated' },
        frameworkVersionId: null,
      });
      expect(done.error?.message).toMatch(/ends at line/);
      const job = await queue.getJob(id);
      expect(job?.attemptsMade).toBe(1);
      expect(await job?.getState()).toBe('failed');
    } finally {
      await queue.close();
    }
    const counts = await countRows(url());
    expect(
      Object.values(counts).every((n) => n === 0),
      JSON.stringify(counts),
    ).toBe(true);
  });

  it('imports each seed and stores the tree the parser sees', async () => {
    const seeds: Array<[string, Record<string, string>]> = [
      [BK_PDF, {}],
      [BK_WEB, {}],
      [MBO, { code: 'test-mbo-commercie', versionLabel: '2025', title: 'Commercie' }],
    ];
    for (const [file, fields] of seeds) {
      const done = await hr.importFile(fixture(file), file, fields);
      expect(done).toMatchObject({
        state: 'completed',
        progress: 100,
        version: 1,
        created: true,
        error: null,
        fileName: file,
        requestedByEmail: 'hr@tribeworks.demo',
      });
      const parsed = parseDossier(fixture(file));
      expect(done.warnings).toEqual(parsed.warnings);
      const detail = await hr.json<Detail>(`/api/frameworks/${done.frameworkCode}`);
      expect(detail.version.id).toBe(done.frameworkVersionId);
      expect(detailCounts(detail)).toEqual(parsedCounts(parsed));
    }

    const pdf = await hr.json<Detail>('/api/frameworks/BK-0571-1');
    expect(pdf.competencies[0]).toMatchObject({
      number: 1,
      title: 'Onderzoekt een product, dienst of merk',
    });
    expect(pdf.competencies[0].knowledge[0].depth).toMatch(/^(basic|normal|thorough)$/);
    expect(pdf.details).toHaveProperty('descriptors');

    const mbo = await hr.json<Detail>('/api/frameworks/TEST-MBO-COMMERCIE?version=1');
    expect(mbo).toMatchObject({ title: 'Commercie', family: 'mbo', level: { mbo: [3, 4] } });
    expect(mbo.version.versionLabel).toBe('2025');
    expect(mbo.basis.map((k) => k.code)).toEqual(['B1-K1', 'B1-K2']);
    expect(mbo.profiles[3].sharedCoreTaskCodes).toEqual(['B1-K1', 'B1-K2']);
    const wp = mbo.profiles[3].coreTasks[1].workProcesses[2];
    expect(wp.code).toBe('P4-K2-W3');
    expect(wp.behaviours[0].code).toBe('P4-K2-W3-G01');

    // The knowledge catalogue holds each text once per version, linked from every owner.
    const [catalogue] = await query<{ elements: string; links: string }>(
      url(),
      `SELECT (SELECT count(*) FROM knowledge_element k JOIN framework_version v ON v.id = k.framework_version_id
                JOIN framework f ON f.id = v.framework_id WHERE f.code = 'BK-0571-1') AS elements,
              (SELECT count(*) FROM competency_knowledge ck JOIN competency c ON c.id = ck.competency_id
                JOIN framework_version v ON v.id = c.framework_version_id
                JOIN framework f ON f.id = v.framework_id WHERE f.code = 'BK-0571-1') AS links`,
    );
    expect(catalogue).toEqual({ elements: '46', links: '174' });

    const list = await hr.json<List>('/api/frameworks?family=bk');
    expect(list).toMatchObject({ total: 2, page: 1 });
    expect(list.items.map((f) => f.code)).toEqual(['BK-0496-1', 'BK-0571-1']);
    expect(list.items[0]).toMatchObject({ level: { vks: 6, eqf: 6 }, latestVersion: 1 });
    const found = await hr.json<List>('/api/frameworks?q=commercie');
    expect(found.items.map((f) => f.code)).toEqual(['TEST-MBO-COMMERCIE']);

    // One audit row per stored version, naming the user who uploaded.
    const audit = await query<{ n: string }>(
      url(),
      `SELECT count(*) AS n FROM audit_log a
         JOIN framework_version v ON a.entity_id = v.id::text
         JOIN app_user u ON u.id = a.actor_user_id
        WHERE a.entity_type = 'FrameworkVersion' AND a.action = 'create'
          AND u.email = 'hr@tribeworks.demo'`,
    );
    expect(audit[0].n).toBe('3');
  });

  it('returns the existing version for identical content (other line endings too) and writes nothing', async () => {
    const before = await countRows(url());
    const original = await hr.json<Detail>('/api/frameworks/BK-0571-1');
    const again = await hr.importFile(fixture(BK_PDF).replace(/\n/g, '\r\n'), 'copy.txt');
    expect(again).toMatchObject({
      state: 'completed',
      created: false,
      version: 1,
      frameworkVersionId: original.version.id,
    });
    const mboAgain = await hr.importFile(`\uFEFF${fixture(MBO)}`, 'mbo.txt', {
      code: 'TEST-MBO-COMMERCIE',
    });
    expect(mboAgain).toMatchObject({ created: false, version: 1 });
    expect(await countRows(url())).toEqual(before);
  });

  it('stores a changed dossier as version 2 and the diff lists exactly the changes', async () => {
    const done = await hr.importFile(editedBkWeb(), 'bk-0496-1-v2.txt');
    expect(done).toMatchObject({ state: 'completed', created: true, version: 2 });

    const versions = await hr.json<Version[]>('/api/frameworks/BK-0496-1/versions');
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await hr.json<Detail>('/api/frameworks/BK-0496-1')).latestVersion).toBe(2);
    const v1 = await hr.json<Detail>('/api/frameworks/BK-0496-1?version=1');
    expect(v1.competencies[11].title).toBe('Behandelt klachten');

    const diff = await hr.json<Diff>('/api/frameworks/BK-0496-1/diff?from=1&to=2');
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 2 });
    expect(diff.changes).toEqual([
      {
        entity: 'competency',
        change: 'changed',
        path: '12',
        key: '12',
        field: 'title',
        before: 'Behandelt klachten',
        after: 'Behandelt klachten en retouren',
      },
      {
        entity: 'activity',
        change: 'changed',
        path: '12',
        key: null,
        field: 'text',
        before: 'Toetst af of een klacht gegrond is',
        after: 'Toetst af of een klacht gegrond en volledig is',
      },
      {
        entity: 'activity',
        change: 'added',
        path: '12',
        key: null,
        field: null,
        before: null,
        after: 'Registreert de klacht binnen <24 uur & "direct" in het klantensysteem',
      },
      {
        entity: 'knowledge',
        change: 'removed',
        path: '12',
        key: null,
        field: null,
        before: 'Kennis van klachtenbehandeling',
        after: null,
      },
    ]);
    const back = await hr.json<Diff>('/api/frameworks/BK-0496-1/diff?from=2&to=1');
    expect(back.summary).toEqual({ added: 1, removed: 1, changed: 2 });

    const missing = await hr.api('/api/frameworks/BK-0496-1/diff?from=1&to=9');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'framework_version_not_found' });
  });

  it('searches in Dutch with inflected forms and safe highlights', async () => {
    const result = await hr.json<Search>('/api/frameworks/search?q=product');
    expect(result.items.length).toBeGreaterThan(5);
    const ranks = result.items.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // "product" finds "producten" (the Dutch stemmer), in a BK title and in MBO work processes.
    const plural = result.items.filter((h) => /<mark>producten<\/mark>/i.test(h.headline));
    expect(plural.length).toBeGreaterThan(0);
    expect(plural[0].fragments.some((f) => f.highlighted && /^producten$/i.test(f.text))).toBe(
      true,
    );
    const inMbo = await hr.json<Search>('/api/frameworks/search?q=product&code=TEST-MBO-COMMERCIE');
    expect(
      inMbo.items.some(
        (h) => h.entity === 'workProcess' && /<mark>producten<\/mark>/i.test(h.headline),
      ),
    ).toBe(true);

    const scoped = await hr.json<Search>(
      '/api/frameworks/search?q=product&code=BK-0571-1&limit=50',
    );
    expect(scoped.items.every((h) => h.frameworkCode === 'BK-0571-1')).toBe(true);
    // A hit in a competency title (weight A) ranks above hits in activities and knowledge.
    expect(scoped.items[0].entity).toBe('competency');
    expect(scoped.items).toContainEqual(
      expect.objectContaining({
        entity: 'competency',
        path: '1',
        headline: 'Onderzoekt een <mark>product</mark>, dienst of merk',
      }),
    );

    // Markup in a dossier is text: escaped, never passed through.
    const html = await hr.json<Search>('/api/frameworks/search?q=klantensysteem');
    expect(html.items[0]).toMatchObject({ entity: 'activity', path: '12', version: 2 });
    expect(html.items[0].headline).toBe(
      'Registreert de klacht binnen &lt;24 uur &amp; &quot;direct&quot; in het <mark>klantensysteem</mark>',
    );

    const knowledge = await hr.json<Search>(
      `/api/frameworks/search?q=${encodeURIComponent('"kennis van kantoorsoftware"')}&code=BK-0496-1`,
    );
    expect(knowledge.items[0]).toMatchObject({ entity: 'knowledge' });
    expect(knowledge.items[0].path.split(', ').length).toBeGreaterThan(3);

    const tooShort = await hr.api('/api/frameworks/search?q=x');
    expect(tooShort.status).toBe(400);
  });

  it('lets every signed-in user read, and only HR and admins import', async () => {
    const member = await FrameworksApi.signIn(api.baseUrl, 'member');
    expect((await member.api('/api/frameworks')).status).toBe(200);
    const refused = await member.upload(fixture(BK_PDF), BK_PDF);
    expect(refused.status).toBe(403);
    const anonymous = await fetch(`${api.baseUrl}/api/frameworks`);
    expect(anonymous.status).toBe(401);
    const unknown = await hr.api('/api/frameworks/NOPE-1');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'framework_not_found' });
  });

  it('keeps the import record after the job is gone from Redis', async () => {
    const [{ id }] = await query<{ id: string }>(
      url(),
      `SELECT id FROM framework_import WHERE state = 'completed' ORDER BY created_at LIMIT 1`,
    );
    const queue = new Queue(QueueName.Frameworks, {
      prefix: prefix(),
      connection: redisOptionsFromUrl(redisUrl()),
    });
    try {
      await (await queue.getJob(id))?.remove();
      expect(await queue.getJob(id)).toBeUndefined();
    } finally {
      await queue.close();
    }
    const status = await waitFor(() => hr.status(id), { what: 'import status' });
    expect(status).toMatchObject({ state: 'completed', progress: 100, version: 1 });
  });
});
