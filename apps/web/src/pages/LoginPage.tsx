import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import type { LoginLocationState } from '../features/auth/components/RequireSession';
import { LoginForm } from '../features/auth/components/LoginForm';
import { useSession } from '../features/auth/hooks/useSession';
import { safeNext } from '../features/auth/redirect';
import { AuthCard } from '../ui';

export function LoginPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [params] = useSearchParams();
  const state = useLocation().state as LoginLocationState | null;

  // Signed in (now, or already): on to where the user was going, never off-site.
  if (session) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <AuthCard title={t('auth.login.title')} intro={t('auth.login.intro')}>
      <LoginForm sessionEnded={state?.sessionEnded === true} />
    </AuthCard>
  );
}
