import { ApiClient, type ApiProcess, startApi } from '@tribeworks/api-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  json,
  type Matrix,
  OrgBuilder,
  type PersonDetail,
  type Squad,
} from './organisation-helpers';

/** Scopes on the demo organisation: who reads and edits what follows from the model. */
describe('organisation scopes', () => {
  let api: ApiProcess;
  let hr: ApiClient;
  let matrix: Matrix;
  let personId: (name: string) => Promise<string>;
  const squad = (name: string) => matrix.squads.find((s) => s.name === name)!;
  const clientAs = (role: Parameters<typeof ApiClient.signInAs>[1]) =>
    ApiClient.signInAs(api.baseUrl, role);

  beforeAll(async () => {
    api = await startApi({
      DATABASE_URL: inject('databaseUrl'),
      REDIS_PREFIX: inject('redisPrefix'),
    });
    hr = await clientAs('hr');
    const tribes = await json<{ items: { id: string; name: string }[] }>(
      await hr.get('/api/tribes?q=Hypotheek'),
      200,
    );
    matrix = await json<Matrix>(await hr.get(`/api/tribes/${tribes.items[0]!.id}/matrix`), 200);
    personId = async (name) =>
      (
        await json<{ items: { id: string; name: string }[] }>(
          await hr.get(`/api/people?q=${encodeURIComponent(name)}`),
          200,
        )
      ).items.find((p) => p.name === name)!.id;
  });
  afterAll(() => api?.stop());

  it('shows the demo tribe as the whitepaper draws it, with one full squad', () => {
    expect(matrix.tribeLead?.name).toBe('Tom Bakker');
    expect(matrix.chapters.map((c) => c.name).sort()).toEqual([
      'Communicatie',
      'Data Analytics',
      'Ontwikkeling',
      'Producten',
    ]);
    expect(squad('hypotheek-app')).toMatchObject({
      productOwner: { name: 'Pieter Visser' },
      memberCount: 9,
      limit: 9,
      full: true,
    });
    expect(squad('vervroegd aflossen').agileCoach).not.toBeNull();
    const producten = matrix.chapters.find((c) => c.name === 'Producten')!;
    expect(producten.lead?.name).toBe('Chantal Jansen');
    const cell = matrix.cells.find(
      (c) => c.squadId === squad('hypotheek-app').id && c.chapterId === producten.id,
    )!;
    expect(cell.people.find((p) => p.name === 'Pieter Visser')?.isProductOwner).toBe(true);
  });

  it('lets a chapter lead read their chapter members, not another chapter', async () => {
    const chapterLead = await clientAs('chapter_lead');
    const mila = await json<PersonDetail>(
      await chapterLead.get(`/api/people/${await personId('Mila Smit')}`),
      200,
    );
    expect(mila.manager).toMatchObject({ name: 'Chantal Jansen', via: 'chapter' });
    expect(mila.email).toBe('member@tribeworks.demo');
    const julia = await chapterLead.get(`/api/people/${await personId('Julia Meijer')}`);
    expect(julia.status).toBe(403);
    expect(await julia.json()).toMatchObject({ code: 'forbidden' });
    // The structure stays readable: Julia's name is in the directory and the matrix.
    expect((await chapterLead.get('/api/people?q=Julia')).status).toBe(200);
  });

  it('lets a product owner edit their own squad, not another', async () => {
    const po = await clientAs('product_owner');
    const own = await json<Squad>(await po.get(`/api/squads/${squad('hypotheek-app').id}`), 200);
    const edited = await json<Squad>(
      await po.patch(`/api/squads/${own.id}`, {
        mission: `${own.mission} (bijgewerkt)`,
        version: own.version,
      }),
      200,
    );
    expect(edited.version).toBe(own.version + 1);
    // Only the mission: appointing someone else is for the tribe lead or HR.
    expect(
      (await po.patch(`/api/squads/${own.id}`, { agileCoachId: null, version: edited.version }))
        .status,
    ).toBe(403);
    const other = await json<Squad>(
      await po.get(`/api/squads/${squad('vervroegd aflossen').id}`),
      200,
    );
    const refused = await po.patch(`/api/squads/${other.id}`, {
      mission: 'Overgenomen',
      version: other.version,
    });
    expect(refused.status).toBe(403);
    // Members of their own squad: allowed (and here refused by the full squad), of another: forbidden.
    const newcomer = await personId('Karel de Wit');
    expect(
      (
        await po.post('/api/memberships', {
          personId: newcomer,
          kind: 'squad',
          unitId: own.id,
          fte: 0.2,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await po.post('/api/memberships', {
          personId: newcomer,
          kind: 'squad',
          unitId: other.id,
          fte: 0.2,
        })
      ).status,
    ).toBe(403);
    // The session tells the web app the same, per squad: membership changes in their squad.
    const session = await json<{
      permissions: { action: string; subject: string; conditions?: Record<string, unknown> }[];
    }>(await po.get('/api/auth/me'), 200);
    const membershipRules = session.permissions.filter(
      (p) => p.subject === 'Membership' && p.action === 'create',
    );
    expect(membershipRules).toEqual([
      { action: 'create', subject: 'Membership', conditions: { squadId: { $in: [own.id] } } },
    ]);
  });

  it('lets a member read the structure and their own page, and edit nothing', async () => {
    const member = await clientAs('member');
    expect((await member.get(`/api/tribes/${matrix.tribeId}/matrix`)).status).toBe(200);
    const own = await json<PersonDetail>(
      await member.get(`/api/people/${await personId('Mila Smit')}`),
      200,
    );
    expect(own.current.filter((m) => m.kind === 'squad')).toHaveLength(2);
    expect(own.manager?.name).toBe('Chantal Jansen');
    expect((await member.get(`/api/people/${await personId('Tess van Dijk')}`)).status).toBe(403);
    const s = await json<Squad>(await member.get(`/api/squads/${squad('oversluiten').id}`), 200);
    expect(
      (await member.patch(`/api/squads/${s.id}`, { mission: 'x', version: s.version })).status,
    ).toBe(403);
    expect(
      (await member.post('/api/memberships', { personId: own.id, kind: 'guild', unitId: s.id }))
        .status,
    ).toBe(403);
  });

  it("lets a tribe lead read the tribe's people and build squads in their tribe only", async () => {
    const tribeLead = await clientAs('tribe_lead');
    expect((await tribeLead.get(`/api/people/${await personId('Julia Meijer')}`)).status).toBe(200);
    expect((await tribeLead.get(`/api/people/${await personId('Ingrid Mertens')}`)).status).toBe(
      403,
    );
    await json(
      await tribeLead.post('/api/squads', {
        tribeId: matrix.tribeId,
        name: 'hypotheek-dossier',
        mission: 'Digitaal dossier',
      }),
      201,
    );
    const build = new OrgBuilder(hr);
    const elsewhere = await build.tribe(await build.demoOrganisation());
    expect(
      (await tribeLead.post('/api/squads', { tribeId: elsewhere, name: 'niet van mij' })).status,
    ).toBe(403);
  });
});
