import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { OrgBreadcrumbs } from '../../features/organisation/components/OrgBreadcrumbs';
import { RoleBadge } from '../../features/organisation/components/OrgBadges';
import { MembershipTable } from '../../features/organisation/components/MembershipTable';
import { PersonLink } from '../../features/organisation/components/PersonLink';
import { QueryStatus } from '../../features/organisation/components/QueryStatus';
import { ViewDateInput, useViewDate } from '../../features/organisation/components/ViewDateInput';
import {
  useMemberships,
  useSquad,
  useSquadMembers,
  useTribe,
} from '../../features/organisation/hooks/useOrganisation';
import { PageTitle } from '../../ui';

/** A squad: mission, product owner, agile coach, its members (with FTE) on a day, its history. */
export function SquadPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [date, setDate] = useViewDate();
  const squad = useSquad(id);
  const tribe = useTribe(squad.data?.tribeId);
  const members = useSquadMembers(id, date);
  const history = useMemberships({ unitId: id, kind: 'squad' });
  const fte = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const data = squad.data;

  return (
    <>
      <OrgBreadcrumbs
        items={[
          ...(tribe.data ? [{ label: tribe.data.name, to: `/org/tribes/${tribe.data.id}` }] : []),
          { label: data?.name ?? t('organisation.squad') },
        ]}
      />
      <PageTitle title={data?.name ?? t('organisation.squad')} intro={data?.mission} />
      <QueryStatus isPending={squad.isPending} error={squad.error} />
      {data ? (
        <Stack gap="xl">
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
            <Paper withBorder p="sm" radius="md">
              <Group gap={6}>
                <RoleBadge role="productOwner" />
                {data.productOwner ? (
                  <PersonLink id={data.productOwner.id} name={data.productOwner.name} />
                ) : (
                  <Text c="dimmed">{t('organisation.nobody')}</Text>
                )}
              </Group>
            </Paper>
            <Paper withBorder p="sm" radius="md">
              <Group gap={6}>
                <RoleBadge role="agileCoach" />
                {data.agileCoach ? (
                  <PersonLink id={data.agileCoach.id} name={data.agileCoach.name} />
                ) : (
                  <Text c="dimmed">{t('organisation.nobody')}</Text>
                )}
              </Group>
            </Paper>
          </SimpleGrid>

          <section aria-labelledby="squad-members">
            <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
              <Title order={2} size="h3" id="squad-members">
                {members.data
                  ? t('organisation.squadPage.membersCount', {
                      members: members.data.count,
                      limit: members.data.limit,
                    })
                  : t('organisation.members')}
              </Title>
              <ViewDateInput date={date} onChange={setDate} shownDate={members.data?.date} />
            </Group>
            <QueryStatus isPending={members.isPending} error={members.error} />
            {members.data ? (
              members.data.members.length === 0 ? (
                <Text c="dimmed">{t('organisation.noMembers')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={520}>
                  <Table striped data-testid="squad-members">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('organisation.person')}</Table.Th>
                        <Table.Th scope="col">{t('organisation.jobTitle')}</Table.Th>
                        <Table.Th scope="col">{t('organisation.memberships.fte')}</Table.Th>
                        <Table.Th scope="col">{t('organisation.memberships.from')}</Table.Th>
                        <Table.Th scope="col">{t('organisation.memberships.until')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {members.data.members.map((member) => (
                        <Table.Tr key={member.membershipId}>
                          <Table.Td>
                            <Group gap={6} wrap="nowrap">
                              <PersonLink id={member.personId} name={member.name} />
                              {member.isProductOwner ? <RoleBadge role="productOwner" /> : null}
                            </Group>
                          </Table.Td>
                          <Table.Td>{member.jobTitle ?? '—'}</Table.Td>
                          <Table.Td>{fte(member.fte)}</Table.Td>
                          <Table.Td>{member.from}</Table.Td>
                          <Table.Td>{member.until ?? t('organisation.memberships.open')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )
            ) : null}
          </section>

          <section aria-labelledby="squad-history">
            <Title order={2} size="h3" id="squad-history" mb="sm">
              {t('organisation.history')}
            </Title>
            <QueryStatus isPending={history.isPending} error={history.error} />
            {history.data ? (
              <MembershipTable
                memberships={[...history.data].sort((a, b) => b.from.localeCompare(a.from))}
                show="person"
                caption={t('organisation.squadPage.historyCaption')}
              />
            ) : null}
          </section>
        </Stack>
      ) : null}
    </>
  );
}
