import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { PersonRole } from '../../features/organisation/api/organisation.api';
import { MembershipTable } from '../../features/organisation/components/MembershipTable';
import { OrgBreadcrumbs } from '../../features/organisation/components/OrgBreadcrumbs';
import { PersonLink } from '../../features/organisation/components/PersonLink';
import { QueryStatus } from '../../features/organisation/components/QueryStatus';
import { ViewDateInput, useViewDate } from '../../features/organisation/components/ViewDateInput';
import { usePerson } from '../../features/organisation/hooks/useOrganisation';
import { PageTitle } from '../../ui';

function rolePath(role: PersonRole): string {
  switch (role.unitType) {
    case 'tribe':
      return `/org/tribes/${role.unitId}`;
    case 'squad':
      return `/org/squads/${role.unitId}`;
    case 'chapter':
      return `/org/chapters/${role.unitId}`;
    case 'department':
      return '/org/departments';
  }
}

/**
 * A person's page: current memberships, roles in units, manager and history. Only for
 * themselves, HR and whoever leads them; others are told so kindly.
 */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [date, setDate] = useViewDate();
  const person = usePerson(id, date);
  const data = person.data;
  const forbidden = person.error instanceof ApiError && person.error.code === ErrorCode.Forbidden;

  if (forbidden) {
    return (
      <>
        <OrgBreadcrumbs items={[{ label: t('organisation.person') }]} />
        <PageTitle
          title={t('organisation.personPage.noAccessTitle')}
          intro={t('organisation.personPage.noAccess')}
        />
        <Anchor component={Link} to="/org">
          {t('organisation.personPage.back')}
        </Anchor>
      </>
    );
  }

  return (
    <>
      <OrgBreadcrumbs items={[{ label: data?.name ?? t('organisation.person') }]} />
      <PageTitle title={data?.name ?? t('organisation.person')} intro={data?.jobTitle} />
      <QueryStatus isPending={person.isPending} error={person.error} />
      {data ? (
        <Stack gap="xl">
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={820}>
            <Paper withBorder p="sm" radius="md">
              <Text size="xs" c="dimmed" fw={600}>
                {t('organisation.personPage.email')}
              </Text>
              <Anchor href={`mailto:${data.email}`}>{data.email}</Anchor>
            </Paper>
            <Paper withBorder p="sm" radius="md" data-testid="person-manager">
              <Text size="xs" c="dimmed" fw={600}>
                {t('organisation.personPage.manager')}
              </Text>
              {data.manager ? (
                <Text>
                  <PersonLink id={data.manager.id} name={data.manager.name} />{' '}
                  <Text span size="sm" c="dimmed">
                    {t(`organisation.personPage.via.${data.manager.via}`, {
                      unit: data.manager.unitName,
                    })}
                  </Text>
                </Text>
              ) : (
                <Text c="dimmed">{t('organisation.nobody')}</Text>
              )}
            </Paper>
          </SimpleGrid>

          {data.roles.length > 0 ? (
            <section aria-labelledby="person-roles">
              <Title order={2} size="h3" id="person-roles" mb="sm">
                {t('organisation.personPage.roles')}
              </Title>
              <Stack gap={4} component="ul" m={0} pl="md">
                {data.roles.map((role) => (
                  <li key={`${role.role}-${role.unitId}`}>
                    <Group gap={6}>
                      <Text>{t(`organisation.personRole.${role.role}`)}</Text>
                      <Anchor component={Link} to={rolePath(role)}>
                        {role.unitName}
                      </Anchor>
                    </Group>
                  </li>
                ))}
              </Stack>
            </section>
          ) : null}

          <section aria-labelledby="person-current">
            <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
              <Title order={2} size="h3" id="person-current">
                {t('organisation.personPage.current')}
              </Title>
              <ViewDateInput date={date} onChange={setDate} shownDate={data.date} />
            </Group>
            <MembershipTable
              memberships={data.current}
              show="unit"
              caption={t('organisation.personPage.currentCaption', { date: data.date })}
              testId="person-current"
            />
          </section>

          <section aria-labelledby="person-history">
            <Title order={2} size="h3" id="person-history" mb="sm">
              {t('organisation.history')}
            </Title>
            <MembershipTable
              memberships={data.history}
              show="unit"
              caption={t('organisation.personPage.historyCaption')}
              testId="person-history"
            />
          </section>
        </Stack>
      ) : null}
    </>
  );
}
