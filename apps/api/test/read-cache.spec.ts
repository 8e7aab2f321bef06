import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Client } from 'pg';
import { ApiClient, type ApiProcess, query, startApi, waitFor } from '@tribeworks/api-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { json, type Matrix, OrgBuilder } from './organisation-helpers';

/**
 * The read caches (sessions, scopes, tribe matrices) against two API processes on one
 * database: what one process, another process or the database itself changes is never
 * served stale for longer than a notification takes.
 */
describe('read caches kept true by database notifications', () => {
  let a: ApiProcess;
  let b: ApiProcess;
  let hrA: ApiClient;
  let build: OrgBuilder;
  let org: string;
  const dbUrl = () => inject('databaseUrl');
  const env = () => ({ DATABASE_URL: dbUrl(), REDIS_PREFIX: inject('redisPrefix') });

  beforeAll(async () => {
    [a, b] = await Promise.all([startApi(env()), startApi(env())]);
    hrA = await ApiClient.signInAs(a.baseUrl, 'hr');
    build = new OrgBuilder(hrA);
    org = await build.demoOrganisation();
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  /** The same session, used against another API process. */
  const on = (api: ApiProcess, client: ApiClient) => client.clone(api.baseUrl);

  const health = async (api: ApiProcess) =>
    json<{ readCache: string }>(await fetch(`${api.baseUrl}/api/health`), 200);

  const matrix = async (client: ApiClient, tribe: string) =>
    json<Matrix>(await client.get(`/api/tribes/${tribe}/matrix`), 200);
  const namesIn = (m: Matrix, squadId: string) =>
    m.cells
      .filter((c) => c.squadId === squadId)
      .flatMap((c) => c.people.map((p) => p.name))
      .sort();

  /** A tribe with two squads and a person in the first. */
  async function smallTribe() {
    const tribe = await build.tribe(org);
    const {
      squad: first,
      people: [person],
    } = await build.squadWith(tribe, org, 1);
    const second = await build.squad(tribe);
    return { tribe, first, second, person: person! };
  }

  it('is on in both processes (the probe notification came back)', async () => {
    expect((await health(a)).readCache).toBe('on');
    expect((await health(b)).readCache).toBe('on');
  });

  it("shows a move in the mover's very next request, and in the other process as soon as it is notified", async () => {
    const { tribe, first, second, person } = await smallTribe();
    const hrB = on(b, hrA);
    const name = (await json<{ name: string }>(await hrA.get(`/api/people/${person}`), 200)).name;
    // Both processes now hold the matrix.
    expect(namesIn(await matrix(hrA, tribe), first.id)).toEqual([name]);
    expect(namesIn(await matrix(hrB, tribe), first.id)).toEqual([name]);

    await json(
      await hrA.post('/api/memberships/move', {
        personId: person,
        fromSquadId: first.id,
        toSquadId: second.id,
      }),
      200,
    );
    // Same process: at once, no waiting.
    const afterOnA = await matrix(hrA, tribe);
    expect(namesIn(afterOnA, first.id)).toEqual([]);
    expect(namesIn(afterOnA, second.id)).toEqual([name]);
    // The other process: when PostgreSQL's notification arrives (milliseconds; the entries
    // would otherwise live for minutes).
    await waitFor(async () => namesIn(await matrix(hrB, tribe), second.id).length === 1, {
      timeoutMs: 5000,
      what: 'the move to reach the other API process',
    });
  });

  it('is told by the database which tribes a change touched', async () => {
    const { tribe, first, person } = await smallTribe();
    const other = await build.tribe(org);
    const otherSquad = await build.squad(other);
    const listener = new Client({ connectionString: dbUrl() });
    await listener.connect();
    const changes: string[] = [];
    listener.on('notification', (n) => {
      if (!n.payload?.startsWith('~')) changes.push(n.payload ?? '');
    });
    await listener.query('LISTEN tribeworks_changes');
    try {
      const newcomer = await build.person(org);
      await json(await build.join(newcomer, 'squad', otherSquad.id, { from: '2024-01-01' }), 201);
      await query(dbUrl(), `UPDATE membership SET fte = 0.5 WHERE person_id = $1`, [person]);
      await json(
        await hrA.patch(`/api/squads/${first.id}`, { mission: 'Changed', version: first.version }),
        200,
      );
      const expected = ['person', `membership:${other}`, `membership:${tribe}`, `squad:${tribe}`];
      await waitFor(() => expected.every((e) => changes.includes(e)), {
        timeoutMs: 5000,
        what: `the notifications ${expected.join(', ')} (got ${changes.join(', ')})`,
      });
      // Nothing in the matrix's tables names a tribe it did not touch.
      expect(
        changes.filter((c) => c.includes(':') && !c.endsWith(tribe) && !c.endsWith(other)),
      ).toEqual([]);
    } finally {
      await listener.end();
    }
  });

  it('follows a change written straight into the database by someone else', async () => {
    const { tribe, first, person } = await smallTribe();
    await matrix(hrA, tribe);
    await query(dbUrl(), `UPDATE person SET name = 'Renamed By SQL' WHERE id = $1`, [person]);
    await waitFor(
      async () => namesIn(await matrix(hrA, tribe), first.id).includes('Renamed By SQL'),
      { timeoutMs: 5000, what: 'the renamed person in the matrix' },
    );
  });

  it('refuses a signed-out session in every process', async () => {
    const session = await ApiClient.signInAs(a.baseUrl, 'member');
    const onB = on(b, session);
    expect((await onB.get('/api/auth/me')).status).toBe(200);
    expect((await session.post('/api/auth/logout', {})).status).toBe(204);
    await waitFor(async () => (await onB.get('/api/auth/me')).status === 401, {
      timeoutMs: 5000,
      what: 'the other process to refuse the revoked session',
    });
  });

  it('refuses a session at once when it is revoked in the database', async () => {
    const session = await ApiClient.signInAs(b.baseUrl, 'member');
    expect((await session.get('/api/auth/me')).status).toBe(200);
    await query(
      dbUrl(),
      `UPDATE user_session SET revoked_at = now()
        WHERE user_id = (SELECT id FROM app_user WHERE email = 'member@tribeworks.demo') AND revoked_at IS NULL`,
    );
    await waitFor(async () => (await session.get('/api/auth/me')).status === 401, {
      timeoutMs: 5000,
      what: 'the revoked session to be refused',
    });
  });

  it('answers a matrix request with the current ETag with 304, and gzips for clients that take it', async () => {
    const { tribe } = await smallTribe();
    const first = await hrA.get(`/api/tribes/${tribe}/matrix`);
    const body = (await first.json()) as Matrix;
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    // Node's http, not fetch: fetch adds its own cache and encoding headers.
    const cookie = hrA.cookieHeader;
    const raw = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
        (resolve, reject) => {
          const req = request(
            `${a.baseUrl}/api/tribes/${tribe}/matrix`,
            { headers: { cookie, ...headers } },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  headers: res.headers,
                  body: Buffer.concat(chunks),
                }),
              );
            },
          );
          req.on('error', reject);
          req.end();
        },
      );
    const plain = await raw({ 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual(body);
    const notModified = await raw({
      'accept-encoding': 'identity',
      'if-none-match': String(plain.headers.etag),
    });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);

    const zipped = await raw({ 'accept-encoding': 'gzip, deflate' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(body);

    // A change gives a new ETag: the old one no longer gets a 304.
    await build.squad(tribe);
    const changed = await raw({
      'accept-encoding': 'identity',
      'if-none-match': String(plain.headers.etag),
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(plain.headers.etag);
  });

  it('turns itself off while the notifications are lost, and is back, not stale, when they are', async () => {
    const { tribe, first, person } = await smallTribe();
    await matrix(hrA, tribe);
    await query(
      dbUrl(),
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'tribeworks-change-feed' AND datname = current_database()`,
    );
    await waitFor(async () => (await health(a)).readCache === 'off', {
      timeoutMs: 5000,
      what: 'the caches to turn off',
    });
    // Changed while nobody listens: must show once the feed is back.
    await query(dbUrl(), `UPDATE person SET name = 'Changed While Deaf' WHERE id = $1`, [person]);
    expect(namesIn(await matrix(hrA, tribe), first.id)).toEqual(['Changed While Deaf']);
    await waitFor(async () => (await health(a)).readCache === 'on', {
      timeoutMs: 15_000,
      what: 'the caches to come back',
    });
    expect(namesIn(await matrix(hrA, tribe), first.id)).toEqual(['Changed While Deaf']);
  });

  it('serves the same answers with READ_CACHE=false, and says so', async () => {
    const off = await startApi({ ...env(), READ_CACHE: 'false' });
    try {
      expect((await health(off)).readCache).toBe('off');
      const { tribe, first } = await smallTribe();
      const client = on(off, hrA);
      expect(await matrix(client, tribe)).toEqual(await matrix(hrA, tribe));
      await build.squad(tribe);
      const m = await matrix(client, tribe);
      expect(m.squads.length).toBe(3);
      expect(m.squads.some((s) => s.id === first.id)).toBe(true);
    } finally {
      await off.stop();
    }
  });
});
