import type {
  Organisation,
  PersonDetail,
  TribeMatrix,
  TribeSummary,
} from '../api/organisation.api';

/** Valid UUIDs (the API's DTOs say so), numbered per role in the test tribe. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const IDS = {
  tribe: uuid(1),
  app: uuid(11),
  aflossen: uuid(12),
  producten: uuid(21),
  ontwikkeling: uuid(22),
  tom: uuid(101),
  pieter: uuid(102),
  lotte: uuid(103),
  chantal: uuid(104),
  bas: uuid(105),
  eva: uuid(106),
  noah: uuid(107),
  emma: uuid(110),
  finn: uuid(111),
  zoe: uuid(108),
  mila: uuid(109),
  organisation: uuid(201),
};

const person = (id: string, name: string, fte: number | null, isProductOwner = false) => ({
  id,
  name,
  jobTitle: null,
  fte,
  isProductOwner,
});

/**
 * A small tribe shaped like the demo's (the limit set to 4 to keep the picture small):
 * "hypotheek-app" exactly full (4/4), "vervroegd aflossen" with room (3/4), two chapters.
 */
export function aMatrix(overrides: Partial<TribeMatrix> = {}): TribeMatrix {
  return {
    tribeId: IDS.tribe,
    name: 'Hypotheek',
    purpose: 'Iedereen een passende hypotheek',
    kind: 'change',
    tribeLead: { id: IDS.tom, name: 'Tom Bakker' },
    date: '2025-06-01',
    peopleCount: 9,
    peopleLimit: 150,
    squads: [
      {
        id: IDS.app,
        name: 'hypotheek-app',
        mission: 'Zelf regelen in de app',
        productOwner: { id: IDS.pieter, name: 'Pieter Visser' },
        agileCoach: { id: IDS.eva, name: 'Eva Mulder' },
        memberCount: 4,
        limit: 4,
        overLimit: false,
        full: true,
      },
      {
        id: IDS.aflossen,
        name: 'vervroegd aflossen',
        mission: 'Eenvoudig aflossen',
        productOwner: { id: IDS.lotte, name: 'Lotte de Graaf' },
        agileCoach: { id: IDS.eva, name: 'Eva Mulder' },
        memberCount: 3,
        limit: 4,
        overLimit: false,
        full: false,
      },
    ],
    chapters: [
      {
        id: IDS.producten,
        name: 'Producten',
        specialism: 'Productmanagement',
        lead: { id: IDS.chantal, name: 'Chantal Jansen' },
        memberCount: 3,
      },
      {
        id: IDS.ontwikkeling,
        name: 'Ontwikkeling',
        specialism: 'Software',
        lead: { id: IDS.bas, name: 'Bas Vermeulen' },
        memberCount: 4,
      },
    ],
    cells: [
      {
        squadId: IDS.app,
        chapterId: IDS.producten,
        people: [person(IDS.pieter, 'Pieter Visser', 1, true)],
      },
      {
        squadId: IDS.app,
        chapterId: IDS.ontwikkeling,
        people: [
          person(IDS.noah, 'Noah de Jong', 1),
          person(IDS.emma, 'Emma Bos', 1),
          person(IDS.finn, 'Finn Kok', 1),
        ],
      },
      {
        squadId: IDS.aflossen,
        chapterId: IDS.producten,
        people: [person(IDS.lotte, 'Lotte de Graaf', 1, true), person(IDS.mila, 'Mila Smit', 0.5)],
      },
      {
        squadId: IDS.aflossen,
        chapterId: IDS.ontwikkeling,
        people: [person(IDS.zoe, 'Zoë Peters', 1)],
      },
      {
        squadId: null,
        chapterId: IDS.producten,
        people: [person(IDS.chantal, 'Chantal Jansen', null)],
      },
    ],
    ...overrides,
  };
}

/** The same tribe after Noah moved from "hypotheek-app" to "vervroegd aflossen". */
export function aMatrixAfterNoahMoved(): TribeMatrix {
  const before = aMatrix();
  return {
    ...before,
    squads: before.squads.map((s) => ({
      ...s,
      memberCount: 4 - (s.id === IDS.app ? 1 : 0),
      full: s.id !== IDS.app,
    })),
    cells: before.cells.map((c) => {
      if (c.squadId === IDS.app && c.chapterId === IDS.ontwikkeling) {
        return { ...c, people: c.people.filter((p) => p.id !== IDS.noah) };
      }
      if (c.squadId === IDS.aflossen && c.chapterId === IDS.ontwikkeling) {
        return { ...c, people: [...c.people, person(IDS.noah, 'Noah de Jong', 1)] };
      }
      return c;
    }),
  };
}

export function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: IDS.organisation,
    name: 'Voorbeeldbank',
    kind: 'hybrid',
    maxSquadMembers: 9,
    maxTribePeople: 150,
    maxSquadsPerPerson: 2,
    maxFtePerPerson: 1,
    version: 3,
    ...overrides,
  };
}

/** "Hypotheek" as the tribe list shows it: 4 squads, 4 chapters, 31 of 150 people. */
export function aTribeSummary(overrides: Partial<TribeSummary> = {}): TribeSummary {
  return {
    id: IDS.tribe,
    organisationId: IDS.organisation,
    name: 'Hypotheek',
    purpose: 'Passende hypotheken',
    kind: 'change',
    lead: { id: IDS.tom, name: 'Tom Bakker' },
    version: 1,
    squadCount: 4,
    chapterCount: 4,
    peopleCount: 31,
    peopleLimit: 150,
    overLimit: false,
    ...overrides,
  };
}

export function aPersonDetail(overrides: Partial<PersonDetail> = {}): PersonDetail {
  return {
    id: IDS.zoe,
    organisationId: IDS.organisation,
    name: 'Zoë Peters',
    jobTitle: 'Software engineer',
    email: 'zoe@voorbeeldbank.test',
    userId: null,
    version: 1,
    date: '2025-06-01',
    current: [],
    roles: [],
    manager: {
      id: IDS.bas,
      name: 'Bas Vermeulen',
      via: 'chapter',
      unitId: IDS.ontwikkeling,
      unitName: 'Ontwikkeling',
    },
    history: [],
    ...overrides,
  };
}

/** The API's refusal when a squad is full, as its rule engine words it (in Dutch). */
export function squadFullRefusal(squad: string, limit: number) {
  return {
    code: 'squad_full',
    message: `Squad '${squad}' heeft al ${limit} leden (limiet ${limit})`,
    details: {
      rule: 'squad.max_members',
      unit: { type: 'squad', id: IDS.app, name: squad },
      current: limit,
      limit,
    },
  };
}
