import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SetPasswordForm } from '../features/auth/components/SetPasswordForm';
import { useAcceptInvitation } from '../features/auth/hooks/usePublicAuth';
import { AuthCard } from '../ui';

export function InvitationPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const accept = useAcceptInvitation();
  return (
    <AuthCard title={t('auth.invitation.title')} intro={t('auth.invitation.intro')}>
      <SetPasswordForm
        token={token}
        ask={{ displayName: 'optional' }}
        submitLabel={t('auth.invitation.submit')}
        doneText={t('auth.invitation.done')}
        state={accept}
        onSubmit={({ password, displayName }) =>
          token && accept.mutate({ token, password, ...(displayName ? { displayName } : {}) })
        }
      />
    </AuthCard>
  );
}
