import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { auditKeys } from '../../audit/api/audit.api';
import {
  type MembershipFilter,
  type MoveRequest,
  type UpdateOrganisationRequest,
  type ViewDate,
  fetchChapter,
  fetchDepartments,
  fetchGuild,
  fetchGuilds,
  fetchMatrix,
  fetchMemberships,
  fetchOrganisations,
  fetchPerson,
  fetchSquad,
  fetchSquadMembers,
  fetchTribe,
  fetchTribes,
  moveMembership,
  orgKeys,
  updateOrganisation,
} from '../api/organisation.api';

export const TRIBES_PAGE_SIZE = 20;

/** A 4xx is the API's answer (no access, not found): asking again changes nothing. */
function retry(failures: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 1;
}

/** The organisation the app shows: the first (an installation holds one, e.g. "Voorbeeldbank"). */
export function useOrganisation() {
  const query = useQuery({
    retry,
    queryKey: orgKeys.organisations(),
    queryFn: ({ signal }) => fetchOrganisations(signal),
  });
  return { ...query, organisation: query.data?.[0] };
}

export function useTribes(organisationId: string | undefined, page: number) {
  return useQuery({
    retry,
    queryKey: orgKeys.tribes(organisationId ?? '', page),
    queryFn: ({ signal }) => fetchTribes(organisationId ?? '', page, TRIBES_PAGE_SIZE, signal),
    enabled: organisationId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useTribe(id: string | undefined) {
  return useQuery({
    retry,
    queryKey: orgKeys.tribe(id ?? ''),
    queryFn: ({ signal }) => fetchTribe(id ?? '', signal),
    enabled: id !== undefined,
  });
}

export function useTribeMatrix(tribeId: string, date: ViewDate) {
  return useQuery({
    retry,
    queryKey: orgKeys.matrix(tribeId, date),
    queryFn: ({ signal }) => fetchMatrix(tribeId, date, signal),
    enabled: tribeId !== '',
    // Another day keeps the old picture on screen until the new one is there.
    placeholderData: keepPreviousData,
  });
}

export function useSquad(id: string) {
  return useQuery({
    retry,
    queryKey: orgKeys.squad(id),
    queryFn: ({ signal }) => fetchSquad(id, signal),
  });
}

export function useSquadMembers(id: string, date: ViewDate) {
  return useQuery({
    retry,
    queryKey: orgKeys.squadMembers(id, date),
    queryFn: ({ signal }) => fetchSquadMembers(id, date, signal),
    placeholderData: keepPreviousData,
  });
}

export function useChapter(id: string) {
  return useQuery({
    retry,
    queryKey: orgKeys.chapter(id),
    queryFn: ({ signal }) => fetchChapter(id, signal),
  });
}

export function useGuilds(organisationId: string | undefined) {
  return useQuery({
    retry,
    queryKey: orgKeys.guilds(organisationId ?? ''),
    queryFn: ({ signal }) => fetchGuilds(organisationId ?? '', signal),
    enabled: organisationId !== undefined,
  });
}

export function useGuild(id: string) {
  return useQuery({
    retry,
    queryKey: orgKeys.guild(id),
    queryFn: ({ signal }) => fetchGuild(id, signal),
  });
}

export function useDepartments(organisationId: string | undefined) {
  return useQuery({
    retry,
    queryKey: orgKeys.departments(organisationId ?? ''),
    queryFn: ({ signal }) => fetchDepartments(organisationId ?? '', signal),
    enabled: organisationId !== undefined,
  });
}

export function useMemberships(filter: MembershipFilter, { enabled = true } = {}) {
  return useQuery({
    retry,
    queryKey: orgKeys.memberships(filter),
    queryFn: ({ signal }) => fetchMemberships(filter, signal),
    enabled,
  });
}

export function usePerson(id: string, date: ViewDate) {
  return useQuery({
    retry,
    queryKey: orgKeys.person(id, date),
    queryFn: ({ signal }) => fetchPerson(id, date, signal),
    placeholderData: keepPreviousData,
  });
}

/** A move changes matrices, squads' members, people's pages and the audit log. */
export function useMoveMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MoveRequest) => moveMembership(body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]),
  });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateOrganisationRequest & { id: string }) =>
      updateOrganisation(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]),
  });
}
