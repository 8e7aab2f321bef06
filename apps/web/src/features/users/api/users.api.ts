import type { ApiSchema } from '@tribeworks/contracts';
import { ApiError, api } from '../../../api/client';

export type User = ApiSchema<'UserDto'>;
export type InviteUserRequest = ApiSchema<'InviteUserDto'>;
export type Invitation = ApiSchema<'InvitationDto'>;
export type UpdateUserRequest = ApiSchema<'UpdateUserDto'>;
export type ResetLink = ApiSchema<'ResetLinkDto'>;

export type UserStatus = 'active' | 'invited' | 'deactivated';

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
};

/** Deactivated wins; otherwise a user without a password has not accepted the invitation. */
export function userStatus(user: User): UserStatus {
  if (!user.isActive) return 'deactivated';
  return user.hasPassword ? 'active' : 'invited';
}

export async function fetchUsers(signal?: AbortSignal): Promise<User[]> {
  const { data, error, response } = await api.GET('/api/users', { signal });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function inviteUser(body: InviteUserRequest): Promise<Invitation> {
  const { data, error, response } = await api.POST('/api/users/invitations', { body });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function updateUser(id: string, body: UpdateUserRequest): Promise<User> {
  const { data, error, response } = await api.PATCH('/api/users/{id}', {
    params: { path: { id } },
    body,
  });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function createResetLink(id: string): Promise<ResetLink> {
  const { data, error, response } = await api.POST('/api/users/{id}/password-reset', {
    params: { path: { id } },
  });
  if (data) return data;
  throw ApiError.from(response, error);
}
