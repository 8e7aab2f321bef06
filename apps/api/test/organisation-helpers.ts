import { type ApiClient, uniqueName } from '@tribeworks/api-testing';
import type { ApiSchema } from '@tribeworks/contracts';
import { expect } from 'vitest';

export type Membership = ApiSchema<'MembershipDto'>;
export type Squad = ApiSchema<'SquadDto'>;
export type Matrix = ApiSchema<'TribeMatrixDto'>;
export type PersonDetail = ApiSchema<'PersonDetailDto'>;
export type MoveResult = ApiSchema<'MoveResultDto'>;
export type TribePage = ApiSchema<'TribePageDto'>;

export const isoDay = (offset = 0) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

export async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Small builders over the API, as HR (who manages the whole organisation). */
export class OrgBuilder {
  constructor(readonly hr: ApiClient) {}

  async organisation(limits: Record<string, number> = {}): Promise<string> {
    const org = await json<{ id: string }>(
      await this.hr.post('/api/organisations', {
        name: uniqueName('Org'),
        kind: 'agile',
        ...limits,
      }),
      201,
    );
    return org.id;
  }

  async demoOrganisation(): Promise<string> {
    const page = await json<{ items: { id: string; name: string }[] }>(
      await this.hr.get('/api/organisations'),
      200,
    );
    return page.items.find((o) => o.name === 'Voorbeeldbank')!.id;
  }

  async tribe(organisationId: string, leadPersonId?: string): Promise<string> {
    const tribe = await json<{ id: string }>(
      await this.hr.post('/api/tribes', {
        organisationId,
        name: uniqueName('Tribe'),
        kind: 'change',
        leadPersonId,
      }),
      201,
    );
    return tribe.id;
  }

  async squad(tribeId: string, name = uniqueName('squad')): Promise<Squad> {
    return json<Squad>(await this.hr.post('/api/squads', { tribeId, name, mission: 'Test' }), 201);
  }

  async chapter(tribeId: string, leadPersonId?: string): Promise<string> {
    const chapter = await json<{ id: string }>(
      await this.hr.post('/api/chapters', { tribeId, name: uniqueName('Chapter'), leadPersonId }),
      201,
    );
    return chapter.id;
  }

  async person(organisationId: string, name = uniqueName('Persoon')): Promise<string> {
    const person = await json<{ id: string }>(
      await this.hr.post('/api/people', {
        organisationId,
        name,
        email: `${uniqueName('persoon')}@example.org`.toLowerCase(),
      }),
      201,
    );
    return person.id;
  }

  join(
    personId: string,
    kind: string,
    unitId: string,
    extra: Record<string, unknown> = {},
    client = this.hr,
  ) {
    return client.post('/api/memberships', { personId, kind, unitId, ...extra });
  }

  /** A squad with `n` members (each 1 FTE, from 2024-01-01). */
  async squadWith(
    tribeId: string,
    organisationId: string,
    n: number,
  ): Promise<{ squad: Squad; people: string[] }> {
    const squad = await this.squad(tribeId);
    const people: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = await this.person(organisationId);
      await json(await this.join(id, 'squad', squad.id, { from: '2024-01-01' }), 201);
      people.push(id);
    }
    return { squad, people };
  }
}
