import { useTranslation } from 'react-i18next';
import { ForgotPasswordForm } from '../features/auth/components/ForgotPasswordForm';
import { AuthCard } from '../ui';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('auth.forgot.title')} intro={t('auth.forgot.intro')}>
      <ForgotPasswordForm />
    </AuthCard>
  );
}
