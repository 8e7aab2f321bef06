import type { EntityManager } from 'typeorm';
import type { Chapter } from './chapter.entity';
import type { Department } from './department.entity';
import type {
  ChapterDto,
  DepartmentDto,
  GuildDto,
  SquadDto,
  TribeDto,
  TribeSummaryDto,
} from './dto/units.dto';
import type { OrganisationDto } from './dto/organisation.dto';
import type { Guild } from './guild.entity';
import type { Organisation } from './organisation.entity';
import type { Squad } from './squad.entity';
import { personNames, ref, today } from './support';
import type { Tribe } from './tribe.entity';

/** Entities to response DTOs, explicitly; the names of the people a unit names come in one query. */
export const toOrganisationDto = (o: Organisation): OrganisationDto => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  maxSquadMembers: o.maxSquadMembers,
  maxTribePeople: o.maxTribePeople,
  maxSquadsPerPerson: o.maxSquadsPerPerson,
  maxFtePerPerson: o.maxFtePerPerson,
  version: o.version,
});

export const toGuildDto = (g: Guild): GuildDto => ({
  id: g.id,
  organisationId: g.organisationId,
  name: g.name,
  topic: g.topic,
  version: g.version,
});

export async function toTribeDtos(m: EntityManager, tribes: Tribe[]): Promise<TribeDto[]> {
  const names = await personNames(
    m,
    tribes.map((t) => t.leadPersonId),
  );
  return tribes.map((t) => ({
    id: t.id,
    organisationId: t.organisationId,
    name: t.name,
    purpose: t.purpose,
    kind: t.kind,
    lead: ref(names, t.leadPersonId),
    version: t.version,
  }));
}

/**
 * The sizes of tribes on a day ($1 tribe ids, $2 date), one row per tribe: squads, chapters,
 * people with a squad or chapter membership current on the day (each once; served by
 * IDX_membership_tribe_period) and the organisation's limit.
 */
export const TRIBE_SIZES_SQL = `SELECT t.id,
              (SELECT count(*) FROM squad s WHERE s.tribe_id = t.id)::int AS "squadCount",
              (SELECT count(*) FROM chapter c WHERE c.tribe_id = t.id)::int AS "chapterCount",
              (SELECT count(DISTINCT m.person_id) FROM membership m
                WHERE m.tribe_id = t.id AND m.valid_from <= $2::date
                  AND (m.valid_until IS NULL OR m.valid_until > $2::date))::int AS "peopleCount",
              o.max_tribe_people AS "peopleLimit"
         FROM tribe t JOIN organisation o ON o.id = t.organisation_id
        WHERE t.id = ANY($1::uuid[])`;

interface TribeSizeRow {
  id: string;
  squadCount: number;
  chapterCount: number;
  peopleCount: number;
  peopleLimit: number;
}

/** Tribes for the list, with their sizes today: one query for the whole page, whatever its length. */
export async function toTribeSummaryDtos(
  m: EntityManager,
  tribes: Tribe[],
  date = today(),
): Promise<TribeSummaryDto[]> {
  if (!tribes.length) return [];
  const [dtos, rows] = await Promise.all([
    toTribeDtos(m, tribes),
    m.query<TribeSizeRow[]>(TRIBE_SIZES_SQL, [tribes.map((t) => t.id), date]),
  ]);
  const sizes = new Map(rows.map((r) => [r.id, r]));
  return dtos.map((dto) => {
    // A tribe deleted between the page and this query counts as empty.
    const size = sizes.get(dto.id);
    const peopleCount = size?.peopleCount ?? 0;
    const peopleLimit = size?.peopleLimit ?? 0;
    return {
      ...dto,
      squadCount: size?.squadCount ?? 0,
      chapterCount: size?.chapterCount ?? 0,
      peopleCount,
      peopleLimit,
      overLimit: peopleCount > peopleLimit,
    };
  });
}

export async function toSquadDtos(m: EntityManager, squads: Squad[]): Promise<SquadDto[]> {
  const names = await personNames(
    m,
    squads.flatMap((s) => [s.productOwnerId, s.agileCoachId]),
  );
  return squads.map((s) => ({
    id: s.id,
    tribeId: s.tribeId,
    name: s.name,
    mission: s.mission,
    productOwner: ref(names, s.productOwnerId),
    agileCoach: ref(names, s.agileCoachId),
    version: s.version,
  }));
}

export async function toChapterDtos(m: EntityManager, chapters: Chapter[]): Promise<ChapterDto[]> {
  const names = await personNames(
    m,
    chapters.map((c) => c.leadPersonId),
  );
  return chapters.map((c) => ({
    id: c.id,
    tribeId: c.tribeId,
    name: c.name,
    specialism: c.specialism,
    lead: ref(names, c.leadPersonId),
    version: c.version,
  }));
}

export async function toDepartmentDtos(
  m: EntityManager,
  departments: Department[],
): Promise<DepartmentDto[]> {
  const names = await personNames(
    m,
    departments.map((d) => d.managerPersonId),
  );
  return departments.map((d) => ({
    id: d.id,
    organisationId: d.organisationId,
    parentId: d.parentId,
    name: d.name,
    manager: ref(names, d.managerPersonId),
    version: d.version,
  }));
}
