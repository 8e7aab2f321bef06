import type { EntityManager } from 'typeorm';
import type { Chapter } from './chapter.entity';
import type { Department } from './department.entity';
import type { ChapterDto, DepartmentDto, GuildDto, SquadDto, TribeDto } from './dto/units.dto';
import type { OrganisationDto } from './dto/organisation.dto';
import type { Guild } from './guild.entity';
import type { Organisation } from './organisation.entity';
import type { Squad } from './squad.entity';
import { personNames, ref } from './support';
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
