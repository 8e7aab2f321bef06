import { type Locale, OrganisationErrorCode } from '@tribeworks/contracts';

/** The unit a rule is about. */
export interface UnitRef {
  type: 'organisation' | 'tribe' | 'squad' | 'chapter' | 'guild' | 'department' | 'person';
  id: string;
  name: string;
}

/** Names of the rules, as they appear in `details.rule`. */
export const RULES = {
  squadMaxMembers: 'squad.maxMembers',
  tribeMaxPeople: 'tribe.maxPeople',
  personMaxSquads: 'person.maxSquads',
  personMaxFte: 'person.maxFte',
  productOwnerIsMember: 'squad.productOwnerIsMember',
  oneChapterAtATime: 'person.oneChapter',
  noOverlap: 'membership.noOverlap',
  validPeriod: 'membership.validPeriod',
  departmentTree: 'department.tree',
  sameOrganisation: 'organisation.same',
} as const;
export type RuleName = (typeof RULES)[keyof typeof RULES];

/**
 * A change the rules refuse: the code and HTTP status clients switch on, the rule, the unit,
 * the count it has and the limit it may reach, and the message in every language.
 */
export interface Violation {
  code: OrganisationErrorCode;
  /** 409 when a limit is reached (retry after something else changes), 422 for an invalid state. */
  status: 409 | 422;
  rule: RuleName;
  unit: UnitRef;
  current: number | null;
  limit: number | null;
  params: Record<string, string | number | null>;
  messages: Record<Locale, string>;
}

type Params = Record<string, string | number | null>;
type Template = Record<Locale, (p: Params) => string>;

const TEMPLATES: Record<OrganisationErrorCode, Template> = {
  [OrganisationErrorCode.SquadFull]: {
    nl: (p) => `Squad '${p.unit}' heeft al ${p.current} leden (limiet ${p.limit})`,
    en: (p) => `Squad '${p.unit}' already has ${p.current} members (limit ${p.limit})`,
  },
  [OrganisationErrorCode.TribeFull]: {
    nl: (p) => `Tribe '${p.unit}' telt al ${p.current} mensen (limiet ${p.limit})`,
    en: (p) => `Tribe '${p.unit}' already has ${p.current} people (limit ${p.limit})`,
  },
  [OrganisationErrorCode.TooManySquads]: {
    nl: (p) => `${p.unit} werkt al in ${p.current} squads (limiet ${p.limit})`,
    en: (p) => `${p.unit} already works in ${p.current} squads (limit ${p.limit})`,
  },
  [OrganisationErrorCode.FteExceeded]: {
    nl: (p) =>
      `${p.unit} werkt al ${p.current} fte in squads; ${p.fte} fte erbij komt boven de limiet van ${p.limit} fte`,
    en: (p) =>
      `${p.unit} already works ${p.current} FTE in squads; another ${p.fte} FTE exceeds the limit of ${p.limit} FTE`,
  },
  [OrganisationErrorCode.ProductOwnerNotMember]: {
    nl: (p) => `${p.person} is geen lid van squad '${p.unit}'; voeg diegene eerst toe als lid`,
    en: (p) => `${p.person} is not a member of squad '${p.unit}'; add them as a member first`,
  },
  [OrganisationErrorCode.ProductOwnerMustStay]: {
    nl: (p) =>
      `${p.person} is product owner van squad '${p.unit}' en blijft dus lid; benoem eerst een andere product owner`,
    en: (p) =>
      `${p.person} is the product owner of squad '${p.unit}' and must stay a member; appoint another product owner first`,
  },
  [OrganisationErrorCode.MembershipOverlap]: {
    nl: (p) => `${p.person} is in die periode al lid van ${p.unitType} '${p.unit}'`,
    en: (p) => `${p.person} is already a member of ${p.unitType} '${p.unit}' in that period`,
  },
  [OrganisationErrorCode.ChapterOverlap]: {
    nl: (p) =>
      `${p.person} zit vanaf ${p.existingFrom} al in chapter '${p.unit}'; een persoon zit in één chapter tegelijk`,
    en: (p) =>
      `${p.person} is in chapter '${p.unit}' from ${p.existingFrom}; a person is in one chapter at a time`,
  },
  [OrganisationErrorCode.InvalidPeriod]: {
    nl: (p) => `De einddatum (${p.until}) moet na de begindatum (${p.from}) liggen`,
    en: (p) => `The end date (${p.until}) must be after the start date (${p.from})`,
  },
  [OrganisationErrorCode.MembershipNotCurrent]: {
    nl: (p) => `${p.person} is op ${p.date} geen lid van ${p.unitType} '${p.unit}'`,
    en: (p) => `${p.person} is not a member of ${p.unitType} '${p.unit}' on ${p.date}`,
  },
  [OrganisationErrorCode.WrongMembershipKind]: {
    nl: (p) => `Dit lidmaatschap is van een ${p.kind}, niet van een ${p.expected}`,
    en: (p) => `This membership is of a ${p.kind}, not of a ${p.expected}`,
  },
  [OrganisationErrorCode.DepartmentCycle]: {
    nl: (p) => `Afdeling '${p.unit}' kan niet onder zichzelf of een eigen onderafdeling hangen`,
    en: (p) => `Department '${p.unit}' cannot sit under itself or one of its own sub-departments`,
  },
  [OrganisationErrorCode.NameTaken]: {
    nl: (p) => `Er is al een ${p.unitType} met de naam '${p.unit}'`,
    en: (p) => `There is already a ${p.unitType} named '${p.unit}'`,
  },
  [OrganisationErrorCode.PersonEmailTaken]: {
    nl: (p) => `Er is al een persoon met e-mailadres ${p.unit}`,
    en: (p) => `There is already a person with e-mail address ${p.unit}`,
  },
  [OrganisationErrorCode.UserAlreadyLinked]: {
    nl: (p) => `Dit gebruikersaccount hoort al bij ${p.unit}`,
    en: (p) => `This user account already belongs to ${p.unit}`,
  },
  [OrganisationErrorCode.UnitInUse]: {
    nl: (p) =>
      `${p.unitType} '${p.unit}' is nog in gebruik (leden, onderdelen of historie) en kan niet weg`,
    en: (p) =>
      `${p.unitType} '${p.unit}' is still in use (members, parts or history) and cannot be deleted`,
  },
  [OrganisationErrorCode.CrossOrganisation]: {
    nl: (p) => `${p.person} hoort niet bij dezelfde organisatie als ${p.unitType} '${p.unit}'`,
    en: (p) => `${p.person} does not belong to the same organisation as ${p.unitType} '${p.unit}'`,
  },
};

/** Unit type names as they read inside a sentence. */
export const UNIT_TYPE_NAMES: Record<Locale, Record<UnitRef['type'], string>> = {
  nl: {
    organisation: 'organisatie',
    tribe: 'tribe',
    squad: 'squad',
    chapter: 'chapter',
    guild: 'gilde',
    department: 'afdeling',
    person: 'persoon',
  },
  en: {
    organisation: 'organisation',
    tribe: 'tribe',
    squad: 'squad',
    chapter: 'chapter',
    guild: 'guild',
    department: 'department',
    person: 'person',
  },
};

/** Builds a violation with its messages in every language. */
export function violation(input: {
  code: OrganisationErrorCode;
  status: 409 | 422;
  rule: RuleName;
  unit: UnitRef;
  current?: number | null;
  limit?: number | null;
  params?: Params;
}): Violation {
  const current = input.current ?? null;
  const limit = input.limit ?? null;
  const params: Params = { ...(input.params ?? {}) };
  const messages = {} as Record<Locale, string>;
  for (const locale of ['nl', 'en'] as const) {
    messages[locale] = capitalise(
      TEMPLATES[input.code][locale]({
        unitType: UNIT_TYPE_NAMES[locale][input.unit.type],
        ...params,
        unit: input.unit.name,
        current,
        limit,
      }),
    );
  }
  return {
    code: input.code,
    status: input.status,
    rule: input.rule,
    unit: input.unit,
    current,
    limit,
    params,
    messages,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
