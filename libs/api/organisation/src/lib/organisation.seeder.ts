import type { Seeder } from '@tribeworks/api-core';
import { User } from '@tribeworks/api-access';
import type { MembershipKind } from '@tribeworks/contracts';
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { Chapter } from './chapter.entity';
import { Department } from './department.entity';
import { Guild } from './guild.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { Person } from './person.entity';
import { Squad } from './squad.entity';
import { Tribe } from './tribe.entity';

/**
 * The demo organisation "Voorbeeldbank" (hybrid): the agile mortgage tribe "Hypotheek" shaped
 * like the whitepaper's picture (squads × chapters, tribe lead, product owners, chapter
 * leads, agile coaches) and a traditional department tree with product management and staff.
 * Invented people; the demo users are among them. Squad "hypotheek-app" is exactly full (9).
 */
export const DEMO_ORGANISATION = 'Voorbeeldbank';
const SINCE = '2024-01-01';

type P = [name: string, jobTitle: string, email?: string];
const PEOPLE: Record<string, P> = {
  tom: ['Tom Bakker', 'Tribe lead Hypotheek', 'tribelead@tribeworks.demo'],
  chantal: ['Chantal Jansen', 'Chapter lead Producten', 'chapterlead@tribeworks.demo'],
  pieter: ['Pieter Visser', 'Product owner', 'productowner@tribeworks.demo'],
  mila: ['Mila Smit', 'Customer journey expert', 'member@tribeworks.demo'],
  hanna: ['Hanna de Vries', 'HR-adviseur', 'hr@tribeworks.demo'],
  ada: ['Ada Admin', 'Applicatiebeheerder', 'admin@tribeworks.demo'],
  sophie: ['Sophie Hendriks', 'Chapter lead Communicatie'],
  daan: ['Daan van Leeuwen', 'Chapter lead Data Analytics'],
  bas: ['Bas Vermeulen', 'Chapter lead Ontwikkeling'],
  eva: ['Eva Mulder', 'Agile coach'],
  ruben: ['Ruben Peeters', 'Agile coach'],
  lotte: ['Lotte de Graaf', 'Product owner'],
  jeroen: ['Jeroen Smits', 'Product owner'],
  fleur: ['Fleur Dekker', 'Product owner'],
  tess: ['Tess van Dijk', 'Customer journey expert'],
  noah: ['Noah de Jong', 'Software engineer'],
  emma: ['Emma Bos', 'Software engineer'],
  lucas: ['Lucas Koster', 'Software engineer'],
  finn: ['Finn Kok', 'Mobile engineer'],
  sara: ['Sara Brouwer', 'Test engineer'],
  julia: ['Julia Meijer', 'Data-analist'],
  sem: ['Sem Willems', 'Communicatieadviseur'],
  milan: ['Milan Vos', 'Software engineer'],
  zoe: ['Zoë Peters', 'Software engineer'],
  thijs: ['Thijs van den Berg', 'Data-analist'],
  anna: ['Anna Maas', 'Contentspecialist'],
  levi: ['Levi Jacobs', 'Software engineer'],
  iris: ['Iris Verhoeven', 'Software engineer'],
  nina: ['Nina Post', 'Data scientist'],
  jesse: ['Jesse Schouten', 'Software engineer'],
  lieke: ['Lieke Kuipers', 'UX-ontwerper'],
  max: ['Max Huisman', 'Data-analist'],
  roos: ['Roos van der Linden', 'Communicatieadviseur'],
  kees: ['Kees Hoekstra', 'Software engineer'],
  marco: ['Marco Rietveld', 'Directeur Particulieren'],
  gerard: ['Gerard Vink', 'Manager productmanagement'],
  ingrid: ['Ingrid Mertens', 'Technisch productmanager'],
  karel: ['Karel de Wit', 'Strategisch productmanager'],
  yvonne: ['Yvonne Claes', 'Productmarketingmanager'],
};

const CHAPTERS = [
  {
    key: 'producten',
    name: 'Producten',
    specialism: 'Productmanagement en klantreizen',
    lead: 'chantal',
  },
  {
    key: 'communicatie',
    name: 'Communicatie',
    specialism: 'Communicatie en content',
    lead: 'sophie',
  },
  { key: 'data', name: 'Data Analytics', specialism: 'Data-analyse en data science', lead: 'daan' },
  {
    key: 'ontwikkeling',
    name: 'Ontwikkeling',
    specialism: 'Software- en testontwikkeling',
    lead: 'bas',
  },
];

/** [person, fte, chapter, from?, until?] per squad; the product owner first. */
type Seat = [string, number, string, string?, string?];
const SQUADS: { name: string; mission: string; po: string; coach: string; seats: Seat[] }[] = [
  {
    name: 'hypotheek-app',
    mission: 'Klanten regelen hun hypotheek zelf in de app: inzien, aanpassen en extra aflossen.',
    po: 'pieter',
    coach: 'eva',
    seats: [
      ['pieter', 1, 'producten'],
      ['tess', 1, 'producten', '2025-01-01'],
      ['noah', 1, 'ontwikkeling'],
      ['emma', 1, 'ontwikkeling'],
      ['lucas', 1, 'ontwikkeling'],
      ['finn', 1, 'ontwikkeling'],
      ['sara', 1, 'ontwikkeling'],
      ['julia', 1, 'data'],
      ['sem', 0.5, 'communicatie'],
    ],
  },
  {
    name: 'vervroegd aflossen',
    mission: 'Vervroegd aflossen is eenvoudig, transparant en zonder verrassingen in de boete.',
    po: 'lotte',
    coach: 'eva',
    seats: [
      ['lotte', 1, 'producten'],
      ['mila', 0.5, 'producten'],
      ['tess', 1, 'producten', SINCE, '2025-01-01'],
      ['milan', 1, 'ontwikkeling'],
      ['zoe', 1, 'ontwikkeling'],
      ['thijs', 1, 'data'],
      ['anna', 0.5, 'communicatie'],
    ],
  },
  {
    name: 'oversluiten',
    mission:
      'Klanten die hun hypotheek willen oversluiten of verhogen, krijgen binnen een dag een voorstel.',
    po: 'jeroen',
    coach: 'ruben',
    seats: [
      ['jeroen', 1, 'producten'],
      ['mila', 0.5, 'producten'],
      ['sem', 0.5, 'communicatie'],
      ['levi', 1, 'ontwikkeling'],
      ['iris', 1, 'ontwikkeling'],
      ['nina', 1, 'data'],
      ['kees', 1, 'ontwikkeling', SINCE, '2024-09-01'],
    ],
  },
  {
    name: 'hypotheekadvies online',
    mission: 'Startende kopers krijgen online een hypotheekadvies waar ze op kunnen bouwen.',
    po: 'fleur',
    coach: 'ruben',
    seats: [
      ['fleur', 1, 'producten'],
      ['anna', 0.5, 'communicatie'],
      ['jesse', 1, 'ontwikkeling'],
      ['lieke', 1, 'ontwikkeling'],
      ['max', 0.8, 'data'],
      ['roos', 1, 'communicatie'],
    ],
  },
];

const DEPARTMENTS: {
  key: string;
  name: string;
  parent?: string;
  manager: string;
  members: string[];
}[] = [
  { key: 'directie', name: 'Directie Particulieren', manager: 'marco', members: ['marco', 'tom'] },
  {
    key: 'pm',
    name: 'Productmanagement Zakelijk',
    parent: 'directie',
    manager: 'gerard',
    members: ['gerard', 'ingrid', 'karel', 'yvonne'],
  },
  { key: 'hr', name: 'HR & Organisatie', parent: 'directie', manager: 'hanna', members: ['hanna'] },
  { key: 'it', name: 'IT-beheer', parent: 'directie', manager: 'marco', members: ['ada'] },
];

const GUILDS = [
  {
    name: 'Gilde Klantreis',
    topic: 'Klantreizen tekenen, meten en verbeteren',
    members: ['pieter', 'tess', 'karel', 'yvonne'],
  },
  {
    name: 'Gilde Data',
    topic: 'Data-analyse en experimenten over tribes heen',
    members: ['julia', 'thijs', 'nina', 'max'],
  },
];

async function ensure<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  values: Partial<T>,
): Promise<T> {
  const existing = await m.findOneBy(entity, where);
  if (existing) return existing;
  return m.save(m.create(entity, { ...values } as T));
}

export const organisationSeeder: Seeder = {
  name: 'demo organisation',
  async run(m: EntityManager): Promise<void> {
    const org = await ensure(
      m,
      Organisation,
      { name: DEMO_ORGANISATION },
      {
        name: DEMO_ORGANISATION,
        kind: 'hybrid',
        maxSquadMembers: 9,
        maxTribePeople: 150,
        maxSquadsPerPerson: 2,
        maxFtePerPerson: 1,
      },
    );
    const users = new Map(
      (await m.find(User, { select: { id: true, email: true } })).map((u) => [u.email, u.id]),
    );
    const people = new Map<string, Person>();
    for (const [key, [name, jobTitle, demoEmail]] of Object.entries(PEOPLE)) {
      const email =
        demoEmail ??
        `${name
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z]+/g, '.')}@voorbeeldbank.nl`;
      people.set(
        key,
        await ensure(
          m,
          Person,
          { organisationId: org.id, email },
          {
            organisationId: org.id,
            name,
            email,
            jobTitle,
            userId: demoEmail ? (users.get(demoEmail) ?? null) : null,
          },
        ),
      );
    }
    const id = (key: string) => people.get(key)!.id;

    const tribe = await ensure(
      m,
      Tribe,
      { organisationId: org.id, name: 'Hypotheek' },
      {
        organisationId: org.id,
        name: 'Hypotheek',
        kind: 'change',
        purpose:
          'Klanten kopen zorgeloos een huis en houden grip op hun hypotheek: afsluiten, aanpassen, aflossen.',
        leadPersonId: id('tom'),
      },
    );
    const chapters = new Map<string, Chapter>();
    for (const c of CHAPTERS) {
      chapters.set(
        c.key,
        await ensure(
          m,
          Chapter,
          { tribeId: tribe.id, name: c.name },
          {
            tribeId: tribe.id,
            name: c.name,
            specialism: c.specialism,
            leadPersonId: id(c.lead),
          },
        ),
      );
    }
    const membership = async (
      personKey: string,
      kind: MembershipKind,
      unitId: string,
      extra: Partial<Membership> = {},
    ) => {
      const column = {
        squad: 'squadId',
        chapter: 'chapterId',
        guild: 'guildId',
        department: 'departmentId',
      }[kind];
      const from = extra.validFrom ?? SINCE;
      await ensure(
        m,
        Membership,
        {
          personId: id(personKey),
          [column]: unitId,
          validFrom: from,
        } as FindOptionsWhere<Membership>,
        {
          personId: id(personKey),
          kind,
          [column]: unitId,
          validFrom: from,
          validUntil: null,
          fte: null,
          tribeId: null,
          ...extra,
        },
      );
    };
    const lines = new Map<string, string>();
    for (const squadSpec of SQUADS) {
      // Created without a product owner; named once their membership exists.
      const squad = await ensure(
        m,
        Squad,
        { tribeId: tribe.id, name: squadSpec.name },
        {
          tribeId: tribe.id,
          name: squadSpec.name,
          mission: squadSpec.mission,
          agileCoachId: id(squadSpec.coach),
          productOwnerId: null,
        },
      );
      for (const [person, fte, chapter, from, until] of squadSpec.seats) {
        await membership(person, 'squad', squad.id, {
          tribeId: tribe.id,
          fte,
          validFrom: from ?? SINCE,
          validUntil: until ?? null,
        });
        lines.set(person, chapter);
      }
      if (!squad.productOwnerId) {
        squad.productOwnerId = id(squadSpec.po);
        await m.save(squad);
      }
    }
    for (const [person, chapter] of lines) {
      await membership(person, 'chapter', chapters.get(chapter)!.id, {
        tribeId: tribe.id,
        ...(person === 'kees' ? { validUntil: '2024-09-01' } : {}),
      });
    }
    const departments = new Map<string, Department>();
    for (const d of DEPARTMENTS) {
      const parentId = d.parent ? departments.get(d.parent)!.id : null;
      const department = await ensure(
        m,
        Department,
        { organisationId: org.id, name: d.name },
        {
          organisationId: org.id,
          parentId,
          name: d.name,
          managerPersonId: id(d.manager),
        },
      );
      departments.set(d.key, department);
      for (const member of d.members) await membership(member, 'department', department.id);
    }
    for (const g of GUILDS) {
      const guild = await ensure(
        m,
        Guild,
        { organisationId: org.id, name: g.name },
        {
          organisationId: org.id,
          name: g.name,
          topic: g.topic,
        },
      );
      for (const member of g.members) await membership(member, 'guild', guild.id);
    }
  },
};
