import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../features/auth/hooks/useSession';
import { OrgBreadcrumbs } from '../../features/organisation/components/OrgBreadcrumbs';
import { RoleBadge } from '../../features/organisation/components/OrgBadges';
import { PersonLink } from '../../features/organisation/components/PersonLink';
import { QueryStatus } from '../../features/organisation/components/QueryStatus';
import { TribeMatrix } from '../../features/organisation/components/TribeMatrix';
import { moveRightsFor } from '../../features/organisation/components/matrix-model';
import { ViewDateInput, useViewDate } from '../../features/organisation/components/ViewDateInput';
import { useTribeMatrix } from '../../features/organisation/hooks/useOrganisation';
import { PageTitle } from '../../ui';

/** A tribe: its squads × chapters matrix on a day, and moving people between squads. */
export function TribePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useSession();
  const [date, setDate] = useViewDate();
  const matrix = useTribeMatrix(id, date);
  const data = matrix.data;

  return (
    <>
      <OrgBreadcrumbs items={[{ label: data?.name ?? t('organisation.tribe') }]} />
      <PageTitle title={data?.name ?? t('organisation.tribe')} intro={data?.purpose} />
      <QueryStatus isPending={matrix.isPending} error={matrix.error} />
      {data ? (
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
            <Group gap="lg" wrap="wrap">
              <Badge variant="light" size="lg" tt="none">
                {t(`organisation.tribeKind.${data.kind}`)}
              </Badge>
              <Group gap={6} wrap="nowrap">
                <RoleBadge role="tribeLead" />
                {data.tribeLead ? (
                  <PersonLink id={data.tribeLead.id} name={data.tribeLead.name} />
                ) : (
                  <Text c="dimmed">{t('organisation.nobody')}</Text>
                )}
              </Group>
              <Text size="sm" data-testid="tribe-people-count">
                {t('organisation.matrix.tribeCount', {
                  people: data.peopleCount,
                  limit: data.peopleLimit,
                })}
              </Text>
            </Group>
            <ViewDateInput date={date} onChange={setDate} shownDate={data.date} />
          </Group>
          {/* Tribe leads in their tribe, product owners in their squads, HR and admin anywhere. */}
          <TribeMatrix matrix={data} moveRights={moveRightsFor(session, data.tribeId)} />
        </Stack>
      ) : null}
    </>
  );
}
