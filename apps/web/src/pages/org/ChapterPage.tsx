import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TribeMatrix } from '../../features/organisation/api/organisation.api';
import { OrgBreadcrumbs } from '../../features/organisation/components/OrgBreadcrumbs';
import { RoleBadge } from '../../features/organisation/components/OrgBadges';
import { PersonLink } from '../../features/organisation/components/PersonLink';
import { QueryStatus } from '../../features/organisation/components/QueryStatus';
import { ViewDateInput, useViewDate } from '../../features/organisation/components/ViewDateInput';
import { useChapter, useTribeMatrix } from '../../features/organisation/hooks/useOrganisation';
import { PageTitle } from '../../ui';

interface ChapterMember {
  id: string;
  name: string;
  jobTitle: string | null;
  squads: { id: string; name: string; fte: number | null }[];
}

/** The chapter's row of its tribe's matrix, per person: who, and in which squads they work. */
function chapterMembers(matrix: TribeMatrix, chapterId: string): ChapterMember[] {
  const squadName = new Map(matrix.squads.map((s) => [s.id, s.name]));
  const members = new Map<string, ChapterMember>();
  for (const cell of matrix.cells.filter((c) => c.chapterId === chapterId)) {
    for (const person of cell.people) {
      const member = members.get(person.id) ?? {
        id: person.id,
        name: person.name,
        jobTitle: person.jobTitle,
        squads: [],
      };
      if (cell.squadId) {
        member.squads.push({
          id: cell.squadId,
          name: squadName.get(cell.squadId) ?? '',
          fte: person.fte,
        });
      }
      members.set(person.id, member);
    }
  }
  return [...members.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A chapter: its lead (the members' line manager), its members and the squads each works in. */
export function ChapterPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [date, setDate] = useViewDate();
  const chapter = useChapter(id);
  const tribeId = chapter.data?.tribeId;
  const matrix = useTribeMatrix(tribeId ?? '', date);
  const data = chapter.data;
  const members = tribeId && matrix.data ? chapterMembers(matrix.data, id) : undefined;
  const fte = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  return (
    <>
      <OrgBreadcrumbs
        items={[
          ...(matrix.data && tribeId
            ? [{ label: matrix.data.name, to: `/org/tribes/${tribeId}` }]
            : []),
          { label: data?.name ?? t('organisation.chapter') },
        ]}
      />
      <PageTitle title={data?.name ?? t('organisation.chapter')} intro={data?.specialism} />
      <QueryStatus isPending={chapter.isPending} error={chapter.error} />
      {data ? (
        <Stack gap="xl">
          <Paper withBorder p="sm" radius="md" maw={360}>
            <Group gap={6}>
              <RoleBadge role="chapterLead" />
              {data.lead ? (
                <PersonLink id={data.lead.id} name={data.lead.name} />
              ) : (
                <Text c="dimmed">{t('organisation.nobody')}</Text>
              )}
            </Group>
          </Paper>
          <section aria-labelledby="chapter-members">
            <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
              <Title order={2} size="h3" id="chapter-members">
                {members
                  ? t('organisation.chapterPage.membersCount', { members: members.length })
                  : t('organisation.members')}
              </Title>
              <ViewDateInput date={date} onChange={setDate} shownDate={matrix.data?.date} />
            </Group>
            {tribeId ? <QueryStatus isPending={matrix.isPending} error={matrix.error} /> : null}
            {members ? (
              members.length === 0 ? (
                <Text c="dimmed">{t('organisation.noMembers')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={520}>
                  <Table striped data-testid="chapter-members">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('organisation.person')}</Table.Th>
                        <Table.Th scope="col">{t('organisation.jobTitle')}</Table.Th>
                        <Table.Th scope="col">{t('organisation.chapterPage.worksIn')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {members.map((member) => (
                        <Table.Tr key={member.id}>
                          <Table.Td>
                            <PersonLink id={member.id} name={member.name} />
                          </Table.Td>
                          <Table.Td>{member.jobTitle ?? '—'}</Table.Td>
                          <Table.Td>
                            {member.squads.length === 0 ? (
                              <Text size="sm" c="dimmed">
                                {t('organisation.matrix.noSquad')}
                              </Text>
                            ) : (
                              <Group gap="xs">
                                {member.squads.map((squad) => (
                                  <Text key={squad.id} size="sm" component="span">
                                    <Anchor component={Link} to={`/org/squads/${squad.id}`}>
                                      {squad.name}
                                    </Anchor>
                                    {squad.fte != null && squad.fte < 1
                                      ? ` (${t('organisation.fte', { fte: fte(squad.fte) })})`
                                      : null}
                                  </Text>
                                ))}
                              </Group>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )
            ) : null}
          </section>
        </Stack>
      ) : null}
    </>
  );
}
