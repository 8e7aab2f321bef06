import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DepartmentTree } from '../../features/organisation/components/DepartmentTree';
import { OrgBreadcrumbs } from '../../features/organisation/components/OrgBreadcrumbs';
import { QueryStatus } from '../../features/organisation/components/QueryStatus';
import { useDepartments, useOrganisation } from '../../features/organisation/hooks/useOrganisation';
import { PageTitle } from '../../ui';

/** The line organisation (the traditional and hybrid parts): departments as a tree. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const org = useOrganisation();
  const departments = useDepartments(org.organisation?.id);
  return (
    <>
      <OrgBreadcrumbs items={[{ label: t('organisation.departments.title') }]} />
      <PageTitle
        title={t('organisation.departments.title')}
        intro={t('organisation.departments.intro')}
      />
      <QueryStatus
        isPending={org.isPending || (org.organisation !== undefined && departments.isPending)}
        error={org.error ?? departments.error}
      />
      {departments.data?.length === 0 ? (
        <Text c="dimmed">{t('organisation.departments.none')}</Text>
      ) : null}
      {departments.data ? <DepartmentTree departments={departments.data} /> : null}
    </>
  );
}
