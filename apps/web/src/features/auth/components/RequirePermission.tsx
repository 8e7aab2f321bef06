import type { AccessAction, AccessSubject } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageTitle } from '../../../ui';
import { useSession } from '../hooks/useSession';
import { can } from '../permissions';

/** Pages for some roles only; others are told so (the API refuses them anyway). */
export function RequirePermission({
  action,
  subject,
}: {
  action: AccessAction;
  subject: AccessSubject;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (can(session, action, subject)) return <Outlet />;
  return <PageTitle title={t('forbidden.title')} intro={t('forbidden.text')} />;
}
