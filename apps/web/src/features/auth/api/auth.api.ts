import type { ApiSchema } from '@tribeworks/contracts';
import { ApiError, api, isUnauthenticated } from '../../../api/client';

export type Session = ApiSchema<'SessionDto'>;
export type User = ApiSchema<'UserDto'>;
/** A role as the API sends it (the string union, not the contracts' enum). */
export type Role = ApiSchema<'AppRole'>;
export type LoginRequest = ApiSchema<'LoginDto'>;
export type ChangePasswordRequest = ApiSchema<'ChangePasswordDto'>;
export type AcceptInvitationRequest = ApiSchema<'AcceptInvitationDto'>;
export type ConfirmPasswordResetRequest = ApiSchema<'ConfirmPasswordResetDto'>;
export type SetupRequest = ApiSchema<'SetupDto'>;

export const sessionKeys = {
  all: ['session'] as const,
  me: () => [...sessionKeys.all, 'me'] as const,
  /** Why the last session ended (never fetched; set by the app). */
  ended: () => [...sessionKeys.all, 'ended'] as const,
};

/** `signedOut`: the user chose to; `expired`: the server ended it (timeout, elsewhere). */
export type SessionEnd = 'signedOut' | 'expired';

/** GET /api/auth/me. Signed out (401) is an answer, not an error: it resolves to null. */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  const { data, error, response } = await api.GET('/api/auth/me', { signal });
  if (data) return data;
  const failure = ApiError.from(response, error);
  if (isUnauthenticated(failure)) return null;
  throw failure;
}

export async function login(body: LoginRequest): Promise<Session> {
  const { data, error, response } = await api.POST('/api/auth/login', { body });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function logout(): Promise<void> {
  const { error, response } = await api.POST('/api/auth/logout');
  // Already signed out is what we wanted.
  if (response.ok || response.status === 401) return;
  throw ApiError.from(response, error);
}

export async function changePassword(body: ChangePasswordRequest): Promise<Session> {
  const { data, error, response } = await api.POST('/api/auth/password', { body });
  if (data) return data;
  throw ApiError.from(response, error);
}

export async function acceptInvitation(body: AcceptInvitationRequest): Promise<void> {
  const { error, response } = await api.POST('/api/auth/invitations/accept', { body });
  if (!response.ok) throw ApiError.from(response, error);
}

export async function requestPasswordReset(email: string): Promise<void> {
  const { error, response } = await api.POST('/api/auth/password-reset/request', {
    body: { email },
  });
  if (!response.ok) throw ApiError.from(response, error);
}

export async function confirmPasswordReset(body: ConfirmPasswordResetRequest): Promise<void> {
  const { error, response } = await api.POST('/api/auth/password-reset/confirm', { body });
  if (!response.ok) throw ApiError.from(response, error);
}

export async function completeSetup(body: SetupRequest): Promise<void> {
  const { error, response } = await api.POST('/api/auth/setup', { body });
  if (!response.ok) throw ApiError.from(response, error);
}
