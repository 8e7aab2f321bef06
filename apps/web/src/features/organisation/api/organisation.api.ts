import type { ApiSchema } from '@tribeworks/contracts';
import { ApiError, api } from '../../../api/client';

export type Organisation = ApiSchema<'OrganisationDto'>;
export type UpdateOrganisationRequest = ApiSchema<'UpdateOrganisationDto'>;
export type Tribe = ApiSchema<'TribeDto'>;
/** A tribe as the list shows it: with its squads, chapters and people today, and the limit. */
export type TribeSummary = ApiSchema<'TribeSummaryDto'>;
export type TribeMatrix = ApiSchema<'TribeMatrixDto'>;
export type MatrixSquad = ApiSchema<'MatrixSquadDto'>;
export type MatrixChapter = ApiSchema<'MatrixChapterDto'>;
export type MatrixCell = ApiSchema<'MatrixCellDto'>;
export type MatrixPerson = ApiSchema<'MatrixPersonDto'>;
export type Squad = ApiSchema<'SquadDto'>;
export type SquadMembers = ApiSchema<'SquadMembersDto'>;
export type Chapter = ApiSchema<'ChapterDto'>;
export type Guild = ApiSchema<'GuildDto'>;
export type Department = ApiSchema<'DepartmentDto'>;
export type PersonDetail = ApiSchema<'PersonDetailDto'>;
export type PersonRole = ApiSchema<'PersonRoleDto'>;
export type Membership = ApiSchema<'MembershipDto'>;
export type MembershipKind = ApiSchema<'MembershipKind'>;
export type MoveRequest = ApiSchema<'MoveMembershipDto'>;
export type MoveResult = ApiSchema<'MoveResultDto'>;

/** The largest page the API hands out; the organisation's lists are read in one go up to this. */
export const MAX_PAGE_SIZE = 200;

/** `undefined` is "today" as the API counts it. */
export type ViewDate = string | undefined;

export const orgKeys = {
  all: ['organisation'] as const,
  organisations: () => [...orgKeys.all, 'organisations'] as const,
  tribes: (organisationId: string, page: number) =>
    [...orgKeys.all, 'tribes', organisationId, page] as const,
  tribe: (id: string) => [...orgKeys.all, 'tribe', id] as const,
  matrices: () => [...orgKeys.all, 'matrix'] as const,
  matrix: (tribeId: string, date: ViewDate) =>
    [...orgKeys.matrices(), tribeId, date ?? 'today'] as const,
  squad: (id: string) => [...orgKeys.all, 'squad', id] as const,
  squadMembers: (id: string, date: ViewDate) =>
    [...orgKeys.all, 'squad-members', id, date ?? 'today'] as const,
  chapter: (id: string) => [...orgKeys.all, 'chapter', id] as const,
  guilds: (organisationId: string) => [...orgKeys.all, 'guilds', organisationId] as const,
  guild: (id: string) => [...orgKeys.all, 'guild', id] as const,
  departments: (organisationId: string) => [...orgKeys.all, 'departments', organisationId] as const,
  memberships: (filter: MembershipFilter) => [...orgKeys.all, 'memberships', filter] as const,
  person: (id: string, date: ViewDate) => [...orgKeys.all, 'person', id, date ?? 'today'] as const,
};

export interface MembershipFilter {
  unitId: string;
  kind: MembershipKind;
  /** Only memberships current on the day (or today with `current`); all of them otherwise. */
  date?: string;
  current?: boolean;
}

function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined) return result.data;
  throw ApiError.from(result.response, result.error);
}

export async function fetchOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  const page = ok(
    await api.GET('/api/organisations', { params: { query: { pageSize: MAX_PAGE_SIZE } }, signal }),
  );
  return page.items;
}

export async function updateOrganisation(
  id: string,
  body: UpdateOrganisationRequest,
): Promise<Organisation> {
  return ok(await api.PATCH('/api/organisations/{id}', { params: { path: { id } }, body }));
}

export async function fetchTribes(
  organisationId: string,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<ApiSchema<'TribePageDto'>> {
  return ok(
    await api.GET('/api/tribes', {
      params: { query: { organisationId, page, pageSize } },
      signal,
    }),
  );
}

export async function fetchTribe(id: string, signal?: AbortSignal): Promise<Tribe> {
  return ok(await api.GET('/api/tribes/{id}', { params: { path: { id } }, signal }));
}

export async function fetchMatrix(
  tribeId: string,
  date: ViewDate,
  signal?: AbortSignal,
): Promise<TribeMatrix> {
  return ok(
    await api.GET('/api/tribes/{id}/matrix', {
      params: { path: { id: tribeId }, query: date ? { date } : {} },
      signal,
    }),
  );
}

export async function fetchSquad(id: string, signal?: AbortSignal): Promise<Squad> {
  return ok(await api.GET('/api/squads/{id}', { params: { path: { id } }, signal }));
}

export async function fetchSquadMembers(
  id: string,
  date: ViewDate,
  signal?: AbortSignal,
): Promise<SquadMembers> {
  return ok(
    await api.GET('/api/squads/{id}/members', {
      params: { path: { id }, query: date ? { date } : {} },
      signal,
    }),
  );
}

export async function fetchChapter(id: string, signal?: AbortSignal): Promise<Chapter> {
  return ok(await api.GET('/api/chapters/{id}', { params: { path: { id } }, signal }));
}

export async function fetchGuilds(organisationId: string, signal?: AbortSignal): Promise<Guild[]> {
  const page = ok(
    await api.GET('/api/guilds', {
      params: { query: { organisationId, pageSize: MAX_PAGE_SIZE } },
      signal,
    }),
  );
  return page.items;
}

export async function fetchGuild(id: string, signal?: AbortSignal): Promise<Guild> {
  return ok(await api.GET('/api/guilds/{id}', { params: { path: { id } }, signal }));
}

export async function fetchDepartments(
  organisationId: string,
  signal?: AbortSignal,
): Promise<Department[]> {
  const page = ok(
    await api.GET('/api/departments', {
      params: { query: { organisationId, pageSize: MAX_PAGE_SIZE } },
      signal,
    }),
  );
  return page.items;
}

export async function fetchMemberships(
  filter: MembershipFilter,
  signal?: AbortSignal,
): Promise<Membership[]> {
  const page = ok(
    await api.GET('/api/memberships', {
      params: { query: { ...filter, pageSize: MAX_PAGE_SIZE } },
      signal,
    }),
  );
  return page.items;
}

export async function fetchPerson(
  id: string,
  date: ViewDate,
  signal?: AbortSignal,
): Promise<PersonDetail> {
  return ok(
    await api.GET('/api/people/{id}', {
      params: { path: { id }, query: date ? { date } : {} },
      signal,
    }),
  );
}

export async function moveMembership(body: MoveRequest): Promise<MoveResult> {
  return ok(await api.POST('/api/memberships/move', { body }));
}
