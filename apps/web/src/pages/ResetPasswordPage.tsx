import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SetPasswordForm } from '../features/auth/components/SetPasswordForm';
import { useConfirmPasswordReset } from '../features/auth/hooks/usePublicAuth';
import { AuthCard } from '../ui';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const confirm = useConfirmPasswordReset();
  return (
    <AuthCard title={t('auth.reset.title')} intro={t('auth.reset.intro')}>
      <SetPasswordForm
        token={token}
        submitLabel={t('auth.reset.submit')}
        doneText={t('auth.reset.done')}
        state={confirm}
        onSubmit={({ password }) => token && confirm.mutate({ token, password })}
      />
    </AuthCard>
  );
}
