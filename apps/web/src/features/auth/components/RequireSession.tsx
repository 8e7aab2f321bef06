import { Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { errorText } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import { loginPath } from '../redirect';
import { useSession, useSessionEnd } from '../hooks/useSession';

/** What the login page is told when it was reached because a session ended. */
export interface LoginLocationState {
  sessionEnded?: boolean;
}

/**
 * The gate in front of every protected page: signed out → the login page, with `next` set to
 * where the user wanted to go; a session that ends while here → the same, with a notice.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const { session, isPending, error, refetch } = useSession();
  const location = useLocation();
  const end = useSessionEnd();

  if (session) return <Outlet />;
  if (session === null) {
    // Signed out on purpose: a plain login page; the next person starts at home.
    if (end === 'signedOut') return <Navigate to="/login" replace />;
    const state: LoginLocationState = { sessionEnded: end === 'expired' };
    return (
      <Navigate
        to={loginPath(`${location.pathname}${location.search}${location.hash}`)}
        replace
        state={state}
      />
    );
  }
  if (isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('auth.checkingSession')} />
      </Center>
    );
  }
  return (
    <Stack align="flex-start">
      <ErrorAlert>{errorText(t, error)}</ErrorAlert>
      <Button variant="default" onClick={() => void refetch()}>
        {t('common.retry')}
      </Button>
    </Stack>
  );
}
