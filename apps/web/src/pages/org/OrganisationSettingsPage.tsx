import { useTranslation } from 'react-i18next';
import { OrganisationSettingsForm } from '../../features/organisation/components/OrganisationSettingsForm';
import { OrgBreadcrumbs } from '../../features/organisation/components/OrgBreadcrumbs';
import { QueryStatus } from '../../features/organisation/components/QueryStatus';
import { useOrganisation } from '../../features/organisation/hooks/useOrganisation';
import { PageTitle } from '../../ui';

/** HR and admin: the organisation's kind and the limits its rules enforce. */
export function OrganisationSettingsPage() {
  const { t } = useTranslation();
  const org = useOrganisation();
  const organisation = org.organisation;
  return (
    <>
      <OrgBreadcrumbs items={[{ label: t('organisation.settings.title') }]} />
      <PageTitle
        title={t('organisation.settings.title')}
        intro={
          organisation ? t('organisation.settings.intro', { name: organisation.name }) : undefined
        }
      />
      <QueryStatus isPending={org.isPending} error={org.error} />
      {organisation ? (
        // Saving reads the organisation again: the form keeps its values and takes the new version.
        <OrganisationSettingsForm key={organisation.id} organisation={organisation} />
      ) : null}
    </>
  );
}
