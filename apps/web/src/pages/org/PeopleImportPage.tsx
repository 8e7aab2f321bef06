import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrgBreadcrumbs } from '../../features/organisation/components/OrgBreadcrumbs';
import { PeopleImport } from '../../features/organisation/components/PeopleImport';
import { QueryStatus } from '../../features/organisation/components/QueryStatus';
import { useOrganisation } from '../../features/organisation/hooks/useOrganisation';
import { PageTitle } from '../../ui';

/** HR and admin: people with their chapter and squads from a CSV file, checked before import. */
export function PeopleImportPage() {
  const { t } = useTranslation();
  const org = useOrganisation();
  const organisation = org.organisation;
  return (
    <>
      <OrgBreadcrumbs items={[{ label: t('organisation.import.title') }]} />
      <PageTitle
        title={t('organisation.import.title')}
        intro={
          organisation ? t('organisation.import.intro', { name: organisation.name }) : undefined
        }
      />
      <QueryStatus isPending={org.isPending} error={org.error} />
      {org.isSuccess && !organisation ? <Text c="dimmed">{t('organisation.none')}</Text> : null}
      {organisation ? (
        <PeopleImport key={organisation.id} organisationId={organisation.id} />
      ) : null}
    </>
  );
}
