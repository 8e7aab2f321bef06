import { ApiClient, type ApiProcess, query, startApi } from '@tribeworks/api-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  isoDay,
  json,
  type Matrix,
  type Membership,
  type MoveResult,
  OrgBuilder,
  type PersonDetail,
  type TribePage,
} from './organisation-helpers';

describe('organisation rules', () => {
  let api: ApiProcess;
  let hr: ApiClient;
  let build: OrgBuilder;
  let org: string;
  let tribe: string;
  const dbUrl = () => inject('databaseUrl');

  beforeAll(async () => {
    api = await startApi({ DATABASE_URL: dbUrl(), REDIS_PREFIX: inject('redisPrefix') });
    hr = await ApiClient.signInAs(api.baseUrl, 'hr');
    build = new OrgBuilder(hr);
    org = await build.demoOrganisation();
  });
  afterAll(() => api?.stop());

  // A fresh tribe per test keeps every test far from the tribe limit of the others.
  const freshTribe = async () => (tribe = await build.tribe(org));

  const auditCount = async (entityType: string) =>
    Number(
      (
        await query<{ n: string }>(
          dbUrl(),
          `SELECT count(*) AS n FROM audit_log WHERE entity_type = $1`,
          [entityType],
        )
      )[0]!.n,
    );

  describe('squad size', () => {
    it('takes a ninth member and refuses a tenth with code, rule, unit, count and limit, in Dutch by default', async () => {
      await freshTribe();
      const { squad } = await build.squadWith(tribe, org, 8);
      const ninth = await build.person(org);
      await json(await build.join(ninth, 'squad', squad.id), 201);
      const tenth = await build.person(org);
      const before = await auditCount('Membership');
      const body = await json<{ code: string; message: string; details: Record<string, unknown> }>(
        await build.join(tenth, 'squad', squad.id),
        409,
      );
      expect(body).toMatchObject({
        code: 'squad_full',
        message: `Squad '${squad.name}' heeft al 9 leden (limiet 9)`,
        details: {
          rule: 'squad.maxMembers',
          unit: { type: 'squad', id: squad.id, name: squad.name },
          current: 9,
          limit: 9,
        },
      });
      // A refused change writes no audit row.
      expect(await auditCount('Membership')).toBe(before);
    });

    it('speaks English when the request asks for it', async () => {
      await freshTribe();
      const { squad } = await build.squadWith(tribe, org, 9);
      const res = await hr.fetch('/api/memberships', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': 'en-GB,en;q=0.9,nl;q=0.5',
        },
        body: JSON.stringify({
          personId: await build.person(org),
          kind: 'squad',
          unitId: squad.id,
        }),
      });
      expect(await json(res, 409)).toMatchObject({
        code: 'squad_full',
        message: `Squad '${squad.name}' already has 9 members (limit 9)`,
      });
    });

    it('lets exactly one of two parallel adds to a squad of 8 through, every time', async () => {
      for (let round = 0; round < 5; round++) {
        await freshTribe();
        const { squad } = await build.squadWith(tribe, org, 8);
        const [a, b] = [await build.person(org), await build.person(org)];
        const results = await Promise.all([
          build.join(a, 'squad', squad.id),
          build.join(b, 'squad', squad.id, {}, hr.clone()),
        ]);
        const statuses = results.map((r) => r.status).sort();
        expect(statuses, `round ${round}`).toEqual([201, 409]);
        const refused = results.find((r) => r.status === 409)!;
        expect(await refused.json()).toMatchObject({
          code: 'squad_full',
          details: { current: 9, limit: 9 },
        });
        const members = await json<{ count: number }>(
          await hr.get(`/api/squads/${squad.id}/members`),
          200,
        );
        expect(members.count).toBe(9);
      }
    });
  });

  describe('tribe size', () => {
    it('refuses the person who would make a tribe bigger than its limit, counting squads and chapters', async () => {
      const small = await build.organisation({ maxTribePeople: 3 });
      const smallTribe = await build.tribe(small);
      const squad = await build.squad(smallTribe);
      const chapter = await build.chapter(smallTribe);
      const [p1, p2, p3, p4] = await Promise.all([1, 2, 3, 4].map(() => build.person(small)));
      await json(await build.join(p1!, 'squad', squad.id, { fte: 0.5 }), 201);
      await json(await build.join(p2!, 'squad', squad.id), 201);
      await json(await build.join(p3!, 'chapter', chapter), 201);
      const body = await json<{ details: { current: number; limit: number } }>(
        await build.join(p4!, 'squad', squad.id),
        409,
      );
      expect(body).toMatchObject({
        code: 'tribe_full',
        details: { rule: 'tribe.maxPeople', current: 3, limit: 3 },
      });
      await json(await build.join(p4!, 'chapter', chapter), 409);
      // Someone already in the tribe is not counted twice.
      await json(await build.join(p1!, 'chapter', chapter), 201);
      const second = await build.squad(smallTribe);
      await json(await build.join(p1!, 'squad', second.id, { fte: 0.5 }), 201);
    });
  });

  describe("a person's squads and FTE", () => {
    it('allows two squads, refuses a third', async () => {
      await freshTribe();
      const [s1, s2, s3] = [
        await build.squad(tribe),
        await build.squad(tribe),
        await build.squad(tribe),
      ];
      const p = await build.person(org);
      await json(await build.join(p, 'squad', s1.id, { fte: 0.3 }), 201);
      await json(await build.join(p, 'squad', s2.id, { fte: 0.3 }), 201);
      expect(await json(await build.join(p, 'squad', s3.id, { fte: 0.1 }), 409)).toMatchObject({
        code: 'too_many_squads',
        details: { rule: 'person.maxSquads', current: 2, limit: 2 },
      });
    });

    it('keeps the FTE shares of current squads at or below 1', async () => {
      await freshTribe();
      const [s1, s2] = [await build.squad(tribe), await build.squad(tribe)];
      const p = await build.person(org);
      await json(await build.join(p, 'squad', s1.id, { fte: 0.6 }), 201);
      expect(await json(await build.join(p, 'squad', s2.id, { fte: 0.5 }), 409)).toMatchObject({
        code: 'fte_exceeded',
        details: { rule: 'person.maxFte', current: 0.6, limit: 1 },
      });
      await json(await build.join(p, 'squad', s2.id, { fte: 0.4 }), 201);
    });
  });

  describe('effective dating', () => {
    it('does not count a membership that ended yesterday', async () => {
      await freshTribe();
      const { squad, people } = await build.squadWith(tribe, org, 9);
      const [leaver] = await json<{ items: Membership[] }>(
        await hr.get(`/api/memberships?unitId=${squad.id}&personId=${people[0]}`),
        200,
      ).then((p) => p.items);
      await json(
        await hr.post(`/api/memberships/${leaver!.id}/end`, {
          until: isoDay(0),
          version: leaver!.version,
        }),
        200,
      );
      // Ended on today: yesterday was the last day; today the squad has 8.
      await json(await build.join(await build.person(org), 'squad', squad.id), 201);
    });

    it('answers who was in a squad on a given day', async () => {
      await freshTribe();
      const squad = await build.squad(tribe);
      const [early, late] = [await build.person(org), await build.person(org)];
      await json(
        await build.join(early, 'squad', squad.id, { from: '2024-01-01', until: '2024-07-01' }),
        201,
      );
      await json(await build.join(late, 'squad', squad.id, { from: '2024-06-01' }), 201);
      const on = async (date: string) =>
        (
          await json<{ members: { personId: string }[] }>(
            await hr.get(`/api/squads/${squad.id}/members?date=${date}`),
            200,
          )
        ).members
          .map((m) => m.personId)
          .sort();
      expect(await on('2023-12-31')).toEqual([]);
      expect(await on('2024-03-01')).toEqual([early]);
      expect(await on('2024-06-15')).toEqual([early, late].sort());
      expect(await on('2024-07-01')).toEqual([late]);
    });

    it('refuses a period that ends before it starts and a second membership of the same unit', async () => {
      await freshTribe();
      const squad = await build.squad(tribe);
      const p = await build.person(org);
      expect(
        await json(
          await build.join(p, 'squad', squad.id, { from: '2025-02-01', until: '2025-01-01' }),
          422,
        ),
      ).toMatchObject({
        code: 'invalid_period',
      });
      await json(await build.join(p, 'squad', squad.id, { from: '2025-01-01', fte: 0.5 }), 201);
      expect(
        await json(await build.join(p, 'squad', squad.id, { from: '2025-06-01', fte: 0.5 }), 422),
      ).toMatchObject({
        code: 'membership_overlap',
      });
    });
  });

  describe('one chapter at a time', () => {
    it('ends the current chapter membership when a new one starts, keeping the history', async () => {
      await freshTribe();
      const [a, b, c] = [
        await build.chapter(tribe),
        await build.chapter(tribe),
        await build.chapter(tribe),
      ];
      const p = await build.person(org);
      await json(await build.join(p, 'chapter', a, { from: '2024-01-01' }), 201);
      await json(await build.join(p, 'chapter', b, { from: '2025-03-01' }), 201);
      const history = (
        await json<{ items: Membership[] }>(
          await hr.get(`/api/memberships?personId=${p}&kind=chapter`),
          200,
        )
      ).items;
      expect(history.map((m) => [m.unitId, m.from, m.until])).toEqual([
        [b, '2025-03-01', null],
        [a, '2024-01-01', '2025-03-01'],
      ]);
      // A chapter membership that starts later than the new one cannot be ended by it.
      expect(
        await json(await build.join(p, 'chapter', c, { from: '2025-01-01' }), 422),
      ).toMatchObject({
        code: 'chapter_overlap',
        details: { rule: 'person.oneChapter' },
      });
    });
  });

  describe('product owner', () => {
    it('must be a member of the squad, and stays one', async () => {
      await freshTribe();
      const { squad, people } = await build.squadWith(tribe, org, 2);
      const outsider = await build.person(org);
      expect(
        await json(
          await hr.patch(`/api/squads/${squad.id}`, {
            productOwnerId: outsider,
            version: squad.version,
          }),
          422,
        ),
      ).toMatchObject({
        code: 'product_owner_not_member',
        details: { rule: 'squad.productOwnerIsMember' },
      });
      const updated = await json<{ productOwner: { id: string } }>(
        await hr.patch(`/api/squads/${squad.id}`, {
          productOwnerId: people[0],
          version: squad.version,
        }),
        200,
      );
      expect(updated.productOwner.id).toBe(people[0]);
      const [membership] = (
        await json<{ items: Membership[] }>(
          await hr.get(`/api/memberships?unitId=${squad.id}&personId=${people[0]}`),
          200,
        )
      ).items;
      expect(
        await json(
          await hr.post(`/api/memberships/${membership!.id}/end`, {
            until: isoDay(1),
            version: membership!.version,
          }),
          422,
        ),
      ).toMatchObject({ code: 'product_owner_must_stay_member' });
    });
  });

  describe('manager', () => {
    it('is the lead of the chapter the person is in; a chapter lead answers to the tribe lead', async () => {
      const lead = await build.person(org, 'Lea Lijnmanager');
      const tribeLead = await build.person(org, 'Tim Tribelead');
      const t = await build.tribe(org, tribeLead);
      const chapter = await build.chapter(t, lead);
      const member = await build.person(org);
      await json(await build.join(member, 'chapter', chapter), 201);
      const detail = await json<PersonDetail>(await hr.get(`/api/people/${member}`), 200);
      expect(detail.manager).toMatchObject({
        id: lead,
        name: 'Lea Lijnmanager',
        via: 'chapter',
        unitId: chapter,
      });
      const ofLead = await json<PersonDetail>(await hr.get(`/api/people/${lead}`), 200);
      expect(ofLead.manager).toMatchObject({ id: tribeLead, via: 'tribe' });
      expect(ofLead.roles).toEqual([
        expect.objectContaining({ role: 'chapter_lead', unitId: chapter }),
      ]);
    });

    it('follows the chapter: after a move of line the new lead is the manager', async () => {
      const [l1, l2] = [await build.person(org), await build.person(org)];
      const t = await build.tribe(org);
      const [c1, c2] = [await build.chapter(t, l1), await build.chapter(t, l2)];
      const p = await build.person(org);
      await json(await build.join(p, 'chapter', c1, { from: '2024-01-01' }), 201);
      await json(await build.join(p, 'chapter', c2, { from: isoDay(0) }), 201);
      expect((await json<PersonDetail>(await hr.get(`/api/people/${p}`), 200)).manager?.id).toBe(
        l2,
      );
      expect(
        (await json<PersonDetail>(await hr.get(`/api/people/${p}?date=${isoDay(-1)}`), 200)).manager
          ?.id,
      ).toBe(l1);
    });
  });

  describe('moving between squads', () => {
    it('ends one membership and starts another on the same day, overwriting nothing', async () => {
      await freshTribe();
      const [from, to] = [await build.squad(tribe), await build.squad(tribe)];
      const p = await build.person(org);
      const old = await json<Membership>(
        await build.join(p, 'squad', from.id, { from: '2024-01-01', fte: 0.8 }),
        201,
      );
      const before = await auditCount('Membership');
      const moved = await json<MoveResult>(
        await hr.post('/api/memberships/move', {
          personId: p,
          fromSquadId: from.id,
          toSquadId: to.id,
          date: '2025-05-01',
        }),
        200,
      );
      expect(moved.ended).toMatchObject({
        id: old.id,
        from: '2024-01-01',
        until: '2025-05-01',
        fte: 0.8,
      });
      expect(moved.started).toMatchObject({
        unitId: to.id,
        from: '2025-05-01',
        until: null,
        fte: 0.8,
      });
      expect(moved.started.id).not.toBe(old.id);
      expect(await auditCount('Membership')).toBe(before + 2);
      const rows = await query<{ n: string }>(
        dbUrl(),
        `SELECT count(*) AS n FROM membership WHERE person_id = $1`,
        [p],
      );
      expect(rows[0]!.n).toBe('2');
    });

    const move = (personId: string, fromSquadId: string, toSquadId: string, extra = {}) =>
      hr.post('/api/memberships/move', { personId, fromSquadId, toSquadId, ...extra });
    const rowsOf = (personId: string) =>
      query<{ squad_id: string; valid_from: string; valid_until: string | null }>(
        dbUrl(),
        `SELECT squad_id, valid_from::text, valid_until::text FROM membership
          WHERE person_id = $1 ORDER BY valid_from, valid_until NULLS LAST`,
        [personId],
      );

    it('there and back on the same day leaves the person in the first squad, with its history intact', async () => {
      await freshTribe();
      const [a, b] = [await build.squad(tribe), await build.squad(tribe)];
      const p = await build.person(org);
      const inA = await json<Membership>(
        await build.join(p, 'squad', a.id, { from: '2024-01-01', fte: 0.8 }),
        201,
      );
      const before = await auditCount('Membership');

      const there = await json<MoveResult>(await move(p, a.id, b.id), 200);
      expect(there.ended).toMatchObject({ id: inA.id, until: isoDay(0) });
      expect(there.removed).toBeNull();
      expect(there.started).toMatchObject({ unitId: b.id, from: isoDay(0), until: null });

      const back = await json<MoveResult>(await move(p, b.id, a.id), 200);
      // The membership of B held on no day: removed, not ended. A's is resumed, not doubled.
      expect(back.ended).toBeNull();
      expect(back.removed).toMatchObject({ id: there.started.id, unitId: b.id, from: isoDay(0) });
      expect(back.started).toMatchObject({
        id: inA.id,
        unitId: a.id,
        from: '2024-01-01',
        until: null,
        fte: 0.8,
      });
      expect(await rowsOf(p)).toEqual([
        { squad_id: a.id, valid_from: '2024-01-01', valid_until: null },
      ]);
      // Every step is in the audit log: end + create, then delete + update.
      expect(await auditCount('Membership')).toBe(before + 4);

      const person = await json<PersonDetail>(await hr.get(`/api/people/${p}`), 200);
      expect(person.history.map((m) => [m.unitId, m.from, m.until])).toEqual([
        [a.id, '2024-01-01', null],
      ]);
      expect(person.current.map((m) => m.unitId)).toEqual([a.id]);
      const matrix = await json<Matrix>(await hr.get(`/api/tribes/${tribe}/matrix`), 200);
      const cellsOf = (personId: string) =>
        matrix.cells.filter((c) => c.people.some((x) => x.id === personId)).map((c) => c.squadId);
      expect(cellsOf(p)).toEqual([a.id]);
      expect(matrix.squads.find((s) => s.id === a.id)?.memberCount).toBe(1);
      expect(matrix.squads.find((s) => s.id === b.id)?.memberCount).toBe(0);
      // Yesterday they were in A as well: the history was never broken.
      const yesterday = await json<Matrix>(
        await hr.get(`/api/tribes/${tribe}/matrix?date=${isoDay(-1)}`),
        200,
      );
      expect(yesterday.squads.find((s) => s.id === a.id)?.memberCount).toBe(1);
    });

    it('moves someone out of a squad on the day they joined it', async () => {
      await freshTribe();
      const [a, b] = [await build.squad(tribe), await build.squad(tribe)];
      const p = await build.person(org);
      const joined = await json<Membership>(await build.join(p, 'squad', a.id, { fte: 0.5 }), 201);
      expect(joined.from).toBe(isoDay(0));

      const moved = await json<MoveResult>(await move(p, a.id, b.id), 200);
      expect(moved.ended).toBeNull();
      expect(moved.removed).toMatchObject({ id: joined.id, unitId: a.id, from: isoDay(0) });
      expect(moved.started).toMatchObject({ unitId: b.id, from: isoDay(0), until: null, fte: 0.5 });
      expect(await rowsOf(p)).toEqual([
        { squad_id: b.id, valid_from: isoDay(0), valid_until: null },
      ]);
      const members = await json<{ members: { personId: string }[] }>(
        await hr.get(`/api/squads/${a.id}/members`),
        200,
      );
      expect(members.members).toEqual([]);
      const person = await json<PersonDetail>(await hr.get(`/api/people/${p}`), 200);
      expect(person.history.map((m) => m.unitId)).toEqual([b.id]);
    });

    it('back on the same day with another FTE starts a new membership next to the ended one', async () => {
      await freshTribe();
      const [a, b] = [await build.squad(tribe), await build.squad(tribe)];
      const p = await build.person(org);
      await json(await build.join(p, 'squad', a.id, { from: '2024-01-01', fte: 0.8 }), 201);
      await json(await move(p, a.id, b.id), 200);
      const back = await json<MoveResult>(await move(p, b.id, a.id, { fte: 0.5 }), 200);
      expect(back.started).toMatchObject({ unitId: a.id, from: isoDay(0), until: null, fte: 0.5 });
      expect(await rowsOf(p)).toEqual([
        { squad_id: a.id, valid_from: '2024-01-01', valid_until: isoDay(0) },
        { squad_id: a.id, valid_from: isoDay(0), valid_until: null },
      ]);
    });

    it('back into a squad that filled up meanwhile is refused and changes nothing', async () => {
      await freshTribe();
      const { squad: a, people } = await build.squadWith(tribe, org, 9);
      const b = await build.squad(tribe);
      const p = people[0]!;
      const there = await json<MoveResult>(await move(p, a.id, b.id), 200);
      await json(await build.join(await build.person(org), 'squad', a.id), 201);
      expect(await json(await move(p, b.id, a.id), 409)).toMatchObject({
        code: 'squad_full',
        details: { current: 9, limit: 9 },
      });
      expect(
        await json<Membership>(await hr.get(`/api/memberships/${there.started.id}`), 200),
      ).toMatchObject({ unitId: b.id, until: null });
      expect(await rowsOf(p)).toEqual([
        { squad_id: a.id, valid_from: '2024-01-01', valid_until: isoDay(0) },
        { squad_id: b.id, valid_from: isoDay(0), valid_until: null },
      ]);
    });

    it('of a product owner on the day they joined is refused like ending their membership', async () => {
      await freshTribe();
      const [a, b] = [await build.squad(tribe), await build.squad(tribe)];
      const p = await build.person(org);
      await json(await build.join(p, 'squad', a.id), 201);
      await json(
        await hr.patch(`/api/squads/${a.id}`, { productOwnerId: p, version: a.version }),
        200,
      );
      expect(await json(await move(p, a.id, b.id), 422)).toMatchObject({
        code: 'product_owner_must_stay_member',
      });
      expect(await rowsOf(p)).toEqual([
        { squad_id: a.id, valid_from: isoDay(0), valid_until: null },
      ]);
    });

    it('into a full squad is refused and changes nothing', async () => {
      await freshTribe();
      const { squad: full } = await build.squadWith(tribe, org, 9);
      const from = await build.squad(tribe);
      const p = await build.person(org);
      const old = await json<Membership>(
        await build.join(p, 'squad', from.id, { from: '2024-01-01' }),
        201,
      );
      expect(
        await json(
          await hr.post('/api/memberships/move', {
            personId: p,
            fromSquadId: from.id,
            toSquadId: full.id,
          }),
          409,
        ),
      ).toMatchObject({ code: 'squad_full', details: { current: 9, limit: 9 } });
      expect(await json<Membership>(await hr.get(`/api/memberships/${old.id}`), 200)).toMatchObject(
        { until: null, version: old.version },
      );
    });

    it('to the squad they are already in is refused as a bad request, changing nothing', async () => {
      await freshTribe();
      const squad = await build.squad(tribe);
      const p = await build.person(org);
      const old = await json<Membership>(
        await build.join(p, 'squad', squad.id, { from: '2024-01-01' }),
        201,
      );
      expect(
        await json(
          await hr.post('/api/memberships/move', {
            personId: p,
            fromSquadId: squad.id,
            toSquadId: squad.id,
          }),
          400,
        ),
      ).toMatchObject({
        code: 'validation_failed',
        details: { fields: [{ field: 'toSquadId' }] },
      });
      expect(await json<Membership>(await hr.get(`/api/memberships/${old.id}`), 200)).toMatchObject(
        { until: null, version: old.version },
      );
    });
  });

  describe('tribe list', () => {
    it('gives every tribe its squads, chapters and people today, and the limit, in one list', async () => {
      const own = await build.organisation();
      const [counted, empty] = [await build.tribe(own), await build.tribe(own)];
      const [s1, s2] = [await build.squad(counted), await build.squad(counted)];
      const chapter = await build.chapter(counted);
      const [both, squadOnly, chapterOnly, leaver, newcomer] = await Promise.all(
        [1, 2, 3, 4, 5].map(() => build.person(own)),
      );
      // In a squad and the chapter: one person, counted once.
      await json(await build.join(both!, 'squad', s1.id, { from: '2024-01-01', fte: 0.5 }), 201);
      await json(await build.join(both!, 'squad', s2.id, { from: '2024-01-01', fte: 0.5 }), 201);
      await json(await build.join(both!, 'chapter', chapter, { from: '2024-01-01' }), 201);
      await json(await build.join(squadOnly!, 'squad', s2.id, { from: '2024-01-01' }), 201);
      await json(await build.join(chapterOnly!, 'chapter', chapter), 201);
      // Ended today (yesterday was the last day) and starting tomorrow: not in the tribe today.
      const left = await json<Membership>(
        await build.join(leaver!, 'squad', s1.id, { from: '2024-01-01' }),
        201,
      );
      await json(
        await hr.post(`/api/memberships/${left.id}/end`, {
          until: isoDay(0),
          version: left.version,
        }),
        200,
      );
      await json(await build.join(newcomer!, 'chapter', chapter, { from: isoDay(1) }), 201);

      const list = async () =>
        new Map(
          (await json<TribePage>(await hr.get(`/api/tribes?organisationId=${own}`), 200)).items.map(
            (t) => [t.id, t],
          ),
        );
      const tribes = await list();
      expect(tribes.size).toBe(2);
      expect(tribes.get(counted)).toMatchObject({
        squadCount: 2,
        chapterCount: 1,
        peopleCount: 3,
        peopleLimit: 150,
        overLimit: false,
      });
      expect(tribes.get(empty)).toMatchObject({
        squadCount: 0,
        chapterCount: 0,
        peopleCount: 0,
        peopleLimit: 150,
        overLimit: false,
      });
      // The matrix counts the same people.
      const matrix = await json<Matrix>(await hr.get(`/api/tribes/${counted}/matrix`), 200);
      expect(matrix.peopleCount).toBe(3);

      // A lowered limit: the tribe is over it until people leave.
      const organisation = await json<{ version: number }>(
        await hr.get(`/api/organisations/${own}`),
        200,
      );
      await json(
        await hr.patch(`/api/organisations/${own}`, {
          maxTribePeople: 2,
          version: organisation.version,
        }),
        200,
      );
      const lowered = await list();
      expect(lowered.get(counted)).toMatchObject({
        peopleCount: 3,
        peopleLimit: 2,
        overLimit: true,
      });
      expect(lowered.get(empty)).toMatchObject({ peopleLimit: 2, overLimit: false });
    });
  });

  describe('audit', () => {
    it('writes one row per change with the changed fields', async () => {
      await freshTribe();
      const squad = await build.squad(tribe);
      await json(
        await hr.patch(`/api/squads/${squad.id}`, {
          mission: 'Nieuwe missie',
          version: squad.version,
        }),
        200,
      );
      const rows = await query<{
        action: string;
        changes: Record<string, { before: unknown; after: unknown }>;
      }>(
        dbUrl(),
        `SELECT action, changes FROM audit_log WHERE entity_type = 'Squad' AND entity_id = $1 ORDER BY id`,
        [squad.id],
      );
      expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
      expect(rows[1]!.changes).toEqual({ mission: { before: 'Test', after: 'Nieuwe missie' } });
    });

    it('refuses an update from a stale version', async () => {
      await freshTribe();
      const squad = await build.squad(tribe);
      await json(
        await hr.patch(`/api/squads/${squad.id}`, { mission: 'Een', version: squad.version }),
        200,
      );
      expect(
        await json(
          await hr.patch(`/api/squads/${squad.id}`, { mission: 'Twee', version: squad.version }),
          409,
        ),
      ).toMatchObject({
        code: 'stale_version',
      });
    });
  });
});
