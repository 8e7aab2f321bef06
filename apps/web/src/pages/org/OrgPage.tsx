import {
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../features/auth/hooks/useSession';
import { can } from '../../features/auth/permissions';
import type { TribeSummary } from '../../features/organisation/api/organisation.api';
import { RoleBadge } from '../../features/organisation/components/OrgBadges';
import { PersonLink } from '../../features/organisation/components/PersonLink';
import { QueryStatus } from '../../features/organisation/components/QueryStatus';
import {
  TRIBES_PAGE_SIZE,
  useGuilds,
  useOrganisation,
  useTribes,
} from '../../features/organisation/hooks/useOrganisation';
import { PageTitle } from '../../ui';

/**
 * The organisation at a glance: its tribes with their sizes (one request for the page: the
 * list carries the counts), the guilds, the departments.
 */
export function OrgPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const org = useOrganisation();
  const organisation = org.organisation;
  const [page, setPage] = useState(1);
  const tribes = useTribes(organisation?.id, page);
  const guilds = useGuilds(organisation?.id);

  if (!organisation) {
    return (
      <>
        <PageTitle title={t('organisation.title')} />
        <QueryStatus isPending={org.isPending} error={org.error} />
        {org.isSuccess ? <Text c="dimmed">{t('organisation.none')}</Text> : null}
      </>
    );
  }

  const pages = tribes.data ? Math.ceil(tribes.data.total / TRIBES_PAGE_SIZE) : 0;
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="md">
        <PageTitle title={organisation.name} intro={t('organisation.intro')} />
        <Group gap="sm">
          <Badge variant="light" size="lg" tt="none">
            {t(`organisation.orgKind.${organisation.kind}`)}
          </Badge>
          {can(session, 'create', 'Person') ? (
            <Button component={Link} to="/org/import" variant="default">
              {t('organisation.import.link')}
            </Button>
          ) : null}
          {can(session, 'update', 'Organisation') ? (
            <Button component={Link} to="/org/settings" variant="default">
              {t('organisation.settings.link')}
            </Button>
          ) : null}
        </Group>
      </Group>

      <Stack gap="xl">
        <section aria-labelledby="org-tribes">
          <Title order={2} size="h3" id="org-tribes" mb="sm">
            {t('organisation.tribes')}
          </Title>
          <QueryStatus isPending={tribes.isPending} error={tribes.error} />
          {tribes.data ? (
            tribes.data.items.length === 0 ? (
              <Text c="dimmed">{t('organisation.noTribes')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table striped highlightOnHover data-testid="tribes-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('organisation.tribe')}</Table.Th>
                      <Table.Th scope="col">{t('organisation.tribeKind.label')}</Table.Th>
                      <Table.Th scope="col">{t('organisation.role.tribeLead')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('organisation.squads')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('organisation.chapters')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('organisation.people')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {tribes.data.items.map((tribe) => (
                      <TribeRow key={tribe.id} tribe={tribe} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          ) : null}
          {pages > 1 ? (
            <Pagination
              mt="sm"
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({
                'aria-label': t(`organisation.pagination.${control}`),
              })}
              getItemProps={(item) => ({
                'aria-label': t('organisation.pagination.page', { page: item }),
              })}
            />
          ) : null}
        </section>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <section aria-labelledby="org-guilds">
            <Title order={2} size="h3" id="org-guilds" mb="sm">
              {t('organisation.guilds')}
            </Title>
            <QueryStatus isPending={guilds.isPending} error={guilds.error} />
            {guilds.data?.length === 0 ? (
              <Text c="dimmed">{t('organisation.noGuilds')}</Text>
            ) : null}
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {guilds.data?.map((guild) => (
                <Paper key={guild.id} component="li" withBorder p="sm" radius="md">
                  <Anchor component={Link} to={`/org/guilds/${guild.id}`} fw={600}>
                    {guild.name}
                  </Anchor>
                  {guild.topic ? (
                    <Text size="sm" c="dimmed">
                      {guild.topic}
                    </Text>
                  ) : null}
                </Paper>
              ))}
            </Stack>
          </section>
          <section aria-labelledby="org-departments">
            <Title order={2} size="h3" id="org-departments" mb="sm">
              {t('organisation.departments.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('organisation.departments.intro')}
            </Text>
            <Button component={Link} to="/org/departments" variant="light">
              {t('organisation.departments.open')}
            </Button>
          </section>
        </SimpleGrid>
      </Stack>
    </>
  );
}

function TribeRow({ tribe }: { tribe: TribeSummary }) {
  const { t } = useTranslation();
  const size = { people: tribe.peopleCount, limit: tribe.peopleLimit };
  return (
    <Table.Tr data-testid="tribe-row" data-over-limit={tribe.overLimit || undefined}>
      <Table.Td>
        <Anchor component={Link} to={`/org/tribes/${tribe.id}`} fw={600}>
          {tribe.name}
        </Anchor>
        {tribe.purpose ? (
          <Text size="xs" c="dimmed" lineClamp={1} maw={360}>
            {tribe.purpose}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>{t(`organisation.tribeKind.${tribe.kind}`)}</Table.Td>
      <Table.Td>
        {tribe.lead ? (
          <Group gap={4} wrap="nowrap">
            <RoleBadge role="tribeLead" decorative />
            <PersonLink id={tribe.lead.id} name={tribe.lead.name} />
          </Group>
        ) : (
          <Text c="dimmed" size="sm">
            {t('organisation.nobody')}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{tribe.squadCount}</Table.Td>
      <Table.Td ta="right">{tribe.chapterCount}</Table.Td>
      <Table.Td ta="right" data-testid="tribe-people">
        <Group gap={6} justify="flex-end" wrap="nowrap">
          {tribe.overLimit ? (
            <Badge size="sm" color="red" variant="light" tt="none">
              {t('organisation.tribeOverLimit')}
            </Badge>
          ) : null}
          <Text
            span
            size="sm"
            fw={tribe.overLimit ? 700 : undefined}
            c={tribe.overLimit ? 'red.9' : undefined}
          >
            <span aria-hidden="true">{t('organisation.tribePeople', size)}</span>
            <VisuallyHidden>{t('organisation.tribePeopleLabel', size)}</VisuallyHidden>
          </Text>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
