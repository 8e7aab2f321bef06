import {
  ApiClient,
  type ApiProcess,
  query,
  type RunningProcess,
  startApi,
  startWorker,
  uniqueName,
  waitFor,
} from '@tribeworks/api-testing';
import type { ApiSchema } from '@tribeworks/contracts';
import { encodeWindows1252 } from '@tribeworks/organisation';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { json, OrgBuilder, type PersonDetail } from './organisation-helpers';

type Report = ApiSchema<'OrganisationImportReportDto'>;
type Enqueued = ApiSchema<'EnqueuedOrganisationImportDto'>;
type ImportStatus = ApiSchema<'OrganisationImportDto'>;
type Problem = ApiSchema<'ImportProblemDto'>;

const url = () => inject('databaseUrl');
const env = () => ({
  DATABASE_URL: url(),
  REDIS_PREFIX: `${inject('redisPrefix')}-org-import`,
  MIGRATE_ON_START: 'false',
});
const HEADER = 'name;email;job_title;tribe;chapter;squads;fte;from';
const utf8 = (text: string) => new TextEncoder().encode(text);

/** What the database holds for an organisation: people, memberships, audit rows. */
async function counts(organisationId: string) {
  const [row] = await query<{ people: string; memberships: string; audit: string }>(
    url(),
    `SELECT (SELECT count(*) FROM person WHERE organisation_id = $1) AS people,
            (SELECT count(*) FROM membership m JOIN person p ON p.id = m.person_id WHERE p.organisation_id = $1) AS memberships,
            (SELECT count(*) FROM audit_log) AS audit`,
    [organisationId],
  );
  return {
    people: Number(row!.people),
    memberships: Number(row!.memberships),
    audit: Number(row!.audit),
  };
}

/** The imported people of an organisation as rows: name, title, chapter, squads with FTE, start. */
async function imported(organisationId: string, emailLike: string) {
  return query<{ name: string; job_title: string | null; units: string }>(
    url(),
    `SELECT p.name, p.job_title,
            string_agg(COALESCE(s.name || ':' || m.fte::text, c.name) || '@' || m.valid_from::text, ', ' ORDER BY m.kind, s.name /* chapter first */) AS units
       FROM person p
       JOIN membership m ON m.person_id = p.id
       LEFT JOIN squad s ON s.id = m.squad_id
       LEFT JOIN chapter c ON c.id = m.chapter_id
      WHERE p.organisation_id = $1 AND p.email LIKE $2
      GROUP BY p.id, p.name, p.job_title ORDER BY p.name`,
    [organisationId, emailLike],
  );
}

describe('people import (CSV) through the API and a real worker', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let hr: ApiClient;
  let build: OrgBuilder;
  let org: string;
  let tribeName: string;
  let fullSquad: string;
  let existingEmail: string;

  const upload = (
    organisationId: string,
    content: Uint8Array,
    mode: 'dry-run' | 'commit',
    headers: Record<string, string> = {},
  ) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'text/csv' }), 'mensen.csv');
    return hr.fetch(`/api/organisation/imports?organisationId=${organisationId}&mode=${mode}`, {
      method: 'POST',
      body: form,
      headers,
    });
  };
  const problems = (list: Problem[]) => list.map((p) => `${p.line}:${p.code}`);

  beforeAll(async () => {
    api = await startApi(env());
    worker = await startWorker(env());
    hr = await ApiClient.signInAs(api.baseUrl, 'hr');
    build = new OrgBuilder(hr);
    org = await build.organisation();
    const tribe = await build.tribe(org);
    tribeName = (await json<{ name: string }>(await hr.get(`/api/tribes/${tribe}`), 200)).name;
    for (const name of ['Ontwikkeling', 'Data Analytics'])
      await json(await hr.post('/api/chapters', { tribeId: tribe, name }), 201);
    for (const name of ['oversluiten', 'vervroegd aflossen', 'hypotheek-advies'])
      await json(await hr.post('/api/squads', { tribeId: tribe, name, mission: 'Test' }), 201);
    const { squad, people } = await build.squadWith(tribe, org, 8);
    fullSquad = squad.name;
    existingEmail = (await json<PersonDetail>(await hr.get(`/api/people/${people[0]}`), 200)).email;
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('answers a wrong header with one problem naming the expected columns, and writes nothing', async () => {
    const before = await counts(org);
    const res = await upload(org, utf8('Voornaam;Achternaam;Afdeling\nAnn;Jansen;IT\n'), 'commit', {
      'accept-language': 'en',
    });
    const body = await json<{ code: string; details: Report }>(res, 422);
    expect(body.code).toBe('import_rejected');
    expect(body.details.problems).toHaveLength(1);
    expect(body.details.problems[0]).toMatchObject({
      line: 1,
      code: 'header_invalid',
      column: null,
    });
    expect(body.details.problems[0]!.message).toContain(HEADER);
    expect(await counts(org)).toEqual(before);
  });

  it('reports every problem of a bad Windows-1252 file with its line, in a dry run and a commit, and writes nothing', async () => {
    const csv = [
      'naam;e-mail;functie;tribe;chapter;squads;fte;vanaf',
      'Hélène Dubois;helene.dubois@bank.example;Ontwikkelaar – back-end;;Ontwikkeling;oversluiten;0,8;01-03-2026',
      'Zoë Peeters;zoe.peeters@bank.example;;;Équipe Données;;;', // 3 unknown chapter
      'Hélène Dupont;HELENE.DUBOIS@bank.example;;;Ontwikkeling;;;', // 4 duplicate e-mail in the file
      `Bestaand Mens;${existingEmail};;;;;;`, // 5 e-mail of someone already there
      `Ann Smit;ann.smit@bank.example;;;Ontwikkeling;${fullSquad};;2026-01-01`, // 6 ninth member: fine
      `Bob Smit;bob.smit@bank.example;;;Ontwikkeling;${fullSquad};;2026-01-01`, // 7 tenth: squad full
      'Cas Smit;cas.smit@bank.example;;;Data Analytics;oversluiten;;31-02-2026', // 8 bad date
    ].join('\r\n');
    const bytes = encodeWindows1252(csv);
    const before = await counts(org);

    const dry = await json<Report>(await upload(org, bytes, 'dry-run'), 200);
    expect(dry).toMatchObject({
      mode: 'dry-run',
      committed: false,
      importId: null,
      encoding: 'windows-1252',
      delimiter: ';',
      rows: 7,
    });
    expect(problems(dry.problems)).toEqual([
      '3:chapter_unknown',
      '4:email_duplicate',
      '5:email_taken',
      '7:squad_full',
      '8:date_invalid',
    ]);
    const at = (line: number) => dry.problems.find((p) => p.line === line)!;
    // Dutch by default; the accents of the Windows-1252 bytes survive into the message.
    expect(at(3)).toMatchObject({
      column: 'chapter',
      message: "Onbekend chapter 'Équipe Données'",
    });
    expect(at(4).message).toBe('E-mailadres helene.dubois@bank.example staat ook op regel 2');
    expect(at(7)).toMatchObject({
      column: 'squads',
      message: `Squad '${fullSquad}' heeft al 9 leden (limiet 9)`,
    });
    expect(at(8)).toMatchObject({ column: 'from' });
    expect(await counts(org)).toEqual(before);

    const commit = await json<{ code: string; details: Report }>(
      await upload(org, bytes, 'commit', { 'accept-language': 'en' }),
      422,
    );
    expect(commit.code).toBe('import_rejected');
    expect(problems(commit.details.problems)).toEqual(problems(dry.problems));
    expect(commit.details.problems.find((p) => p.line === 7)!.message).toBe(
      `Squad '${fullSquad}' already has 9 members (limit 9)`,
    );
    expect(await counts(org)).toEqual(before);
  });

  it('imports a good file exactly, in one transaction with audit rows, and the UTF-8 ; and Windows-1252 , variants alike', async () => {
    const rows = (suffix: string) => [
      [
        `Hélène Dubois ${suffix}`,
        `helene.${suffix}@bank.example`,
        'Ontwikkelaar – back-end',
        tribeName,
        'Ontwikkeling',
        'oversluiten|vervroegd aflossen',
        '0,6|0,4',
        '01-03-2026',
      ],
      [
        `Zoë Peeters ${suffix}`,
        `zoe.${suffix}@bank.example`,
        '',
        '',
        'Data Analytics',
        'hypotheek-advies',
        '',
        '',
      ],
      [
        `Jan "JJ" Jansen ${suffix}`,
        `jan.${suffix}@bank.example`,
        'Tester, senior',
        '',
        'Ontwikkeling',
        '',
        '',
        '2026-02-01',
      ],
    ];
    const quote = (f: string, d: string) =>
      f.includes(d) || f.includes('"') ? `"${f.replace(/"/g, '""')}"` : f;
    const file = (suffix: string, d: string) =>
      [HEADER.replace(/;/g, d), ...rows(suffix).map((r) => r.map((f) => quote(f, d)).join(d))].join(
        '\n',
      );

    const before = await counts(org);
    const a = await json<Report>(
      await upload(org, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(file('a', ';'))]), 'commit'),
      200,
    );
    expect(a).toMatchObject({
      mode: 'commit',
      committed: true,
      encoding: 'utf-8',
      delimiter: ';',
      rows: 3,
      people: 3,
      memberships: 6,
      problems: [],
    });
    const after = await counts(org);
    expect(after.people - before.people).toBe(3);
    expect(after.memberships - before.memberships).toBe(6);
    expect(after.audit - before.audit).toBe(9); // one per person and per membership

    const today = new Date().toISOString().slice(0, 10);
    expect(await imported(org, '%.a@bank.example')).toEqual([
      {
        name: 'Hélène Dubois a',
        job_title: 'Ontwikkelaar – back-end',
        units:
          'Ontwikkeling@2026-03-01, oversluiten:0.60@2026-03-01, vervroegd aflossen:0.40@2026-03-01',
      },
      { name: 'Jan "JJ" Jansen a', job_title: 'Tester, senior', units: 'Ontwikkeling@2026-02-01' },
      {
        name: 'Zoë Peeters a',
        job_title: null,
        units: `Data Analytics@${today}, hypotheek-advies:1.00@${today}`,
      },
    ]);
    const status = await json<ImportStatus>(
      await hr.get(`/api/organisation/imports/${a.importId}`),
      200,
    );
    expect(status).toMatchObject({
      state: 'completed',
      progress: 100,
      rows: 3,
      people: 3,
      memberships: 6,
      problems: [],
    });

    const b = await json<Report>(
      await upload(org, encodeWindows1252(file('b', ',')), 'commit'),
      200,
    );
    expect(b).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ',',
      people: 3,
      memberships: 6,
    });
    const strip = (list: Awaited<ReturnType<typeof imported>>) =>
      list.map((r) => ({ ...r, name: r.name.slice(0, -2) }));
    expect(strip(await imported(org, '%.b@bank.example'))).toEqual(
      strip(await imported(org, '%.a@bank.example')),
    );
  });

  it('commits a file of more than 500 rows as a job with progress, all rows at once', async () => {
    const big = await build.organisation({ maxTribePeople: 1000 });
    const tribe = await build.tribe(big);
    await json(await hr.post('/api/chapters', { tribeId: tribe, name: 'Ontwikkeling' }), 201);
    const squads: string[] = [];
    for (let i = 0; i < 67; i++) {
      const name = `squad-${String(i).padStart(2, '0')}`;
      await json(await hr.post('/api/squads', { tribeId: tribe, name, mission: 'Test' }), 201);
      squads.push(name);
    }
    const tag = uniqueName('big').toLowerCase();
    const lines = Array.from(
      { length: 600 },
      (_, i) =>
        `Medewerker ${i};m${i}.${tag}@bank.example;Engineer;;Ontwikkeling;${squads[i % squads.length]};;2026-01-01`,
    );
    const res = await upload(big, utf8([HEADER, ...lines].join('\n')), 'commit');
    const queued = await json<Enqueued>(res, 202);
    expect(queued).toMatchObject({ queue: 'organisation', rows: 600, state: 'queued' });
    expect(queued.jobId).toBe(queued.importId);

    const seen: { state: string; progress: number }[] = [];
    const done = await waitFor(
      async () => {
        const s = await json<ImportStatus>(
          await hr.get(`/api/organisation/imports/${queued.importId}`),
          200,
        );
        seen.push({ state: s.state, progress: s.progress });
        return s.state === 'completed' || s.state === 'failed' ? s : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 20, what: 'the import job' },
    );
    expect(done).toMatchObject({
      state: 'completed',
      progress: 100,
      rows: 600,
      people: 600,
      memberships: 1200,
      attempts: 1,
      problems: [],
    });
    expect(done.startedAt).not.toBeNull();
    // Progress only moves forward.
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    const after = await counts(big);
    expect({ people: after.people, memberships: after.memberships }).toEqual({
      people: 600,
      memberships: 1200,
    });
    // The job ran as the uploader: the audit rows name them.
    const [actor] = await query<{ actor_email: string; n: string }>(
      url(),
      `SELECT actor_email, count(*) AS n FROM audit_log WHERE entity_type = 'Person' AND entity_id IN
         (SELECT id::text FROM person WHERE organisation_id = $1) GROUP BY actor_email`,
      [big],
    );
    expect(actor).toEqual({ actor_email: 'hr@tribeworks.demo', n: '600' });
  });
});
