import { useMutation } from '@tanstack/react-query';
import {
  type AcceptInvitationRequest,
  type ConfirmPasswordResetRequest,
  type SetupRequest,
  acceptInvitation,
  completeSetup,
  confirmPasswordReset,
  requestPasswordReset,
} from '../api/auth.api';

export function useAcceptInvitation() {
  return useMutation({ mutationFn: (body: AcceptInvitationRequest) => acceptInvitation(body) });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => requestPasswordReset(email) });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: ConfirmPasswordResetRequest) => confirmPasswordReset(body),
  });
}

export function useSetup() {
  return useMutation({ mutationFn: (body: SetupRequest) => completeSetup(body) });
}
