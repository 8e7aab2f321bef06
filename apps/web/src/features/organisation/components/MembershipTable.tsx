import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Membership } from '../api/organisation.api';
import { PersonLink } from './PersonLink';

export function unitPath(membership: Pick<Membership, 'kind' | 'unitId'>): string | undefined {
  switch (membership.kind) {
    case 'squad':
      return `/org/squads/${membership.unitId}`;
    case 'chapter':
      return `/org/chapters/${membership.unitId}`;
    case 'guild':
      return `/org/guilds/${membership.unitId}`;
    case 'department':
      return '/org/departments';
  }
}

/**
 * Memberships as a table: of a person (`show="unit"`: which unit) or of a unit
 * (`show="person"`: who). Periods are [from, until): `until` is the first day without it.
 */
export function MembershipTable({
  memberships,
  show,
  caption,
  testId,
}: {
  memberships: Membership[];
  show: 'unit' | 'person';
  caption: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const fte = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  if (memberships.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('organisation.memberships.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped data-testid={testId}>
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text size="sm" c="dimmed" component="span">
            {caption}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              {show === 'unit' ? t('organisation.memberships.unit') : t('organisation.person')}
            </Table.Th>
            {show === 'unit' ? (
              <Table.Th scope="col">{t('organisation.memberships.kind')}</Table.Th>
            ) : null}
            <Table.Th scope="col">{t('organisation.memberships.from')}</Table.Th>
            <Table.Th scope="col">{t('organisation.memberships.until')}</Table.Th>
            <Table.Th scope="col">{t('organisation.memberships.fte')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {memberships.map((m) => {
            const path = unitPath(m);
            return (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {show === 'person' ? (
                    <PersonLink id={m.personId} name={m.personName} />
                  ) : path ? (
                    <Anchor component={Link} to={path}>
                      {m.unitName}
                    </Anchor>
                  ) : (
                    m.unitName
                  )}
                </Table.Td>
                {show === 'unit' ? <Table.Td>{t(`organisation.kind.${m.kind}`)}</Table.Td> : null}
                <Table.Td>{m.from}</Table.Td>
                <Table.Td>{m.until ?? t('organisation.memberships.open')}</Table.Td>
                <Table.Td>{m.fte != null ? fte(m.fte) : '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
