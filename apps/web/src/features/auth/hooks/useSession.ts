import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  type ChangePasswordRequest,
  type LoginRequest,
  type Session,
  type SessionEnd,
  changePassword,
  fetchSession,
  login,
  logout,
  sessionKeys,
} from '../api/auth.api';

/**
 * The signed-in user, their roles and permissions; `null` when signed out.
 * Re-checked now and then (an idle or absolute timeout ends a session on the server).
 */
export function useSession() {
  const query = useQuery({
    queryKey: sessionKeys.me(),
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
  return {
    session: query.data,
    /** Known to be signed in. */
    isSignedIn: query.data != null,
    /** Known to be signed out. */
    isSignedOut: query.data === null,
    isPending: query.isPending,
    error: query.error,
    refetch: query.refetch,
  };
}

/**
 * Everything cached belongs to the previous user: drop it, keeping only what is public.
 * `session` becomes the new answer of /api/auth/me; when it is null, `end` says why.
 */
export function useReplaceSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (session: Session | null, end?: SessionEnd) => {
      queryClient.removeQueries({
        predicate: (query) => !['session', 'health', 'system'].includes(String(query.queryKey[0])),
      });
      queryClient.setQueryData<SessionEnd | null>(
        sessionKeys.ended(),
        session ? null : (end ?? null),
      );
      queryClient.setQueryData(sessionKeys.me(), session);
    },
    [queryClient],
  );
}

/** Why the last session ended, if it did while the app was open. */
export function useSessionEnd(): SessionEnd | null {
  return useQueryClient().getQueryData<SessionEnd | null>(sessionKeys.ended()) ?? null;
}

export function useLogin() {
  const replaceSession = useReplaceSession();
  return useMutation({
    mutationFn: (body: LoginRequest) => login(body),
    onSuccess: (session) => replaceSession(session),
  });
}

/** Signs out and shows the login page (without `next`: the next person starts at home). */
export function useLogout() {
  const replaceSession = useReplaceSession();
  return useMutation({
    mutationFn: () => logout(),
    // The route guard sees the reason and shows a plain login page.
    onSuccess: () => replaceSession(null, 'signedOut'),
  });
}

/** The server starts a new session (other sessions end); the cache follows. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => changePassword(body),
    onSuccess: (session) => queryClient.setQueryData(sessionKeys.me(), session),
  });
}
