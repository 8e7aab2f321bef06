import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SetPasswordForm } from '../features/auth/components/SetPasswordForm';
import { useSetup } from '../features/auth/hooks/usePublicAuth';
import { AuthCard } from '../ui';

export function SetupPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const setup = useSetup();
  return (
    <AuthCard title={t('auth.setup.title')} intro={t('auth.setup.intro')}>
      <SetPasswordForm
        token={token}
        ask={{ email: 'required', displayName: 'required' }}
        submitLabel={t('auth.setup.submit')}
        doneText={t('auth.setup.done')}
        state={setup}
        onSubmit={({ password, email, displayName }) =>
          token && setup.mutate({ token, email, displayName, password })
        }
      />
    </AuthCard>
  );
}
