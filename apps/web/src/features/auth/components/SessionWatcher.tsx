import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onUnauthenticated } from '../../../api/session-events';
import { type Session, sessionKeys } from '../api/auth.api';
import { useReplaceSession } from '../hooks/useSession';

/**
 * Any `401 unauthenticated` while a session is known means the session ended on the server
 * (idle or absolute timeout, signed out elsewhere, deactivated). The cache is cleared; the
 * route guard then sends the user to the login page with a notice.
 */
export function SessionWatcher() {
  const queryClient = useQueryClient();
  const replaceSession = useReplaceSession();
  useEffect(
    () =>
      onUnauthenticated(() => {
        const known = queryClient.getQueryData<Session | null>(sessionKeys.me());
        if (known) replaceSession(null, 'expired');
      }),
    [queryClient, replaceSession],
  );
  return null;
}
