import { Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MembershipTable } from '../../features/organisation/components/MembershipTable';
import { OrgBreadcrumbs } from '../../features/organisation/components/OrgBreadcrumbs';
import { QueryStatus } from '../../features/organisation/components/QueryStatus';
import { ViewDateInput, useViewDate } from '../../features/organisation/components/ViewDateInput';
import { useGuild, useMemberships } from '../../features/organisation/hooks/useOrganisation';
import { PageTitle } from '../../ui';

/** A guild: open across tribes; its members on a day and everyone who was ever in it. */
export function GuildPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [date, setDate] = useViewDate();
  const guild = useGuild(id);
  const current = useMemberships(
    date ? { unitId: id, kind: 'guild', date } : { unitId: id, kind: 'guild', current: true },
  );
  const history = useMemberships({ unitId: id, kind: 'guild' });
  const data = guild.data;

  return (
    <>
      <OrgBreadcrumbs items={[{ label: data?.name ?? t('organisation.guild') }]} />
      <PageTitle title={data?.name ?? t('organisation.guild')} intro={data?.topic} />
      <QueryStatus isPending={guild.isPending} error={guild.error} />
      {data ? (
        <Stack gap="xl">
          <section aria-labelledby="guild-members">
            <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
              <Title order={2} size="h3" id="guild-members">
                {t('organisation.members')}
              </Title>
              <ViewDateInput date={date} onChange={setDate} />
            </Group>
            <QueryStatus isPending={current.isPending} error={current.error} />
            {current.data ? (
              <MembershipTable
                memberships={current.data}
                show="person"
                caption={t('organisation.guildPage.membersCaption')}
                testId="guild-members"
              />
            ) : null}
          </section>
          <section aria-labelledby="guild-history">
            <Title order={2} size="h3" id="guild-history" mb="sm">
              {t('organisation.history')}
            </Title>
            <QueryStatus isPending={history.isPending} error={history.error} />
            {history.data ? (
              <MembershipTable
                memberships={[...history.data].sort((a, b) => b.from.localeCompare(a.from))}
                show="person"
                caption={t('organisation.guildPage.historyCaption')}
              />
            ) : null}
          </section>
        </Stack>
      ) : null}
    </>
  );
}
