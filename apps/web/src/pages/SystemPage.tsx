import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HealthDetails } from '../features/system/components/HealthDetails';
import { PingJobPanel } from '../features/system/components/PingJobPanel';
import { PageTitle } from '../ui';

export function SystemPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('system.title')} intro={t('system.intro')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <HealthDetails />
        <PingJobPanel />
      </SimpleGrid>
    </>
  );
}
