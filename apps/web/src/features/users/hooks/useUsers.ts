import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKeys } from '../../audit/api/audit.api';
import { sessionKeys } from '../../auth/api/auth.api';
import {
  type InviteUserRequest,
  type UpdateUserRequest,
  createResetLink,
  fetchUsers,
  inviteUser,
  updateUser,
  userKeys,
} from '../api/users.api';

export function useUsers({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => fetchUsers(signal),
    enabled,
  });
}

/**
 * After any change to users, the list and the audit log are out of date, and so is the
 * session when admins changed their own roles.
 */
function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
      queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      queryClient.invalidateQueries({ queryKey: sessionKeys.me() }),
    ]);
}

export function useInviteUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: InviteUserRequest) => inviteUser(body),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserRequest & { id: string }) => updateUser(id, body),
    onSuccess: invalidate,
  });
}

export function useCreateResetLink() {
  return useMutation({ mutationFn: (id: string) => createResetLink(id) });
}
