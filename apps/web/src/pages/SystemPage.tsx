import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { can } from '../features/auth/permissions';
import { HealthDetails } from '../features/system/components/HealthDetails';
import { PingJobPanel } from '../features/system/components/PingJobPanel';
import { PageTitle } from '../ui';

export function SystemPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  // Queueing a ping job is for admins; everyone signed in sees the health details.
  const canPing = can(session, 'run', 'System');
  return (
    <>
      <PageTitle
        title={t('system.title')}
        intro={canPing ? t('system.intro') : t('system.introHealthOnly')}
      />
      <SimpleGrid
        cols={{ base: 1, md: canPing ? 2 : 1 }}
        spacing="lg"
        maw={canPing ? undefined : 720}
      >
        <HealthDetails />
        {canPing ? <PingJobPanel /> : null}
      </SimpleGrid>
    </>
  );
}
