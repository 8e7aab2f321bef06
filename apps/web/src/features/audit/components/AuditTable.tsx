import { Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import type { User } from '../../users/api/users.api';
import type { AuditAction, AuditEntry } from '../api/audit.api';
import { entityTypeLabel, fieldLabel, formatValue } from './entityTypes';

const ACTION_COLOR: Record<AuditAction, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  login: 'gray',
  logout: 'gray',
};

export function AuditTable({ entries, users }: { entries: AuditEntry[]; users: User[] }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const byId = new Map(users.map((user) => [user.id, user]));
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const format = new Intl.DateTimeFormat(currentLocale(i18n), {
    dateStyle: 'short',
    timeStyle: 'medium',
  });

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.who')}</Table.Th>
            <Table.Th scope="col">{t('audit.action.label')}</Table.Th>
            <Table.Th scope="col">{t('audit.entityLabel')}</Table.Th>
            <Table.Th scope="col">{t('audit.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const fields = Object.entries(entry.changes);
            const expanded = open.has(entry.id);
            const detailsId = `audit-changes-${entry.id}`;
            const subject = entry.entityType === 'User' ? byId.get(entry.entityId) : undefined;
            return (
              <Fragment key={entry.id}>
                <Table.Tr
                  data-testid="audit-row"
                  data-action={entry.action}
                  data-entity-type={entry.entityType}
                >
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={entry.at}>{format.format(new Date(entry.at))}</time>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {entry.actorEmail ?? (
                      <Text span c="dimmed" inherit>
                        {t('audit.system')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={ACTION_COLOR[entry.action]} tt="none">
                      {t(`audit.action.${entry.action}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" fw={500}>
                        {entityTypeLabel(t, entry.entityType)}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {subject ? subject.email : entry.entityId}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {fields.length === 0 ? (
                      <Text span c="dimmed" size="sm">
                        —
                      </Text>
                    ) : (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => toggle(entry.id)}
                        aria-expanded={expanded}
                        aria-controls={detailsId}
                      >
                        {expanded ? '▾ ' : '▸ '}
                        {t('audit.fieldCount', { count: fields.length })}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded ? (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={5} bg="var(--mantine-color-gray-0)">
                      <Table
                        withRowBorders={false}
                        verticalSpacing={4}
                        aria-label={t('audit.changesOf', {
                          entity: entityTypeLabel(t, entry.entityType),
                        })}
                      >
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th scope="col">{t('audit.field')}</Table.Th>
                            <Table.Th scope="col">{t('audit.before')}</Table.Th>
                            <Table.Th scope="col" w={24}>
                              <span aria-hidden>→</span>
                            </Table.Th>
                            <Table.Th scope="col">{t('audit.after')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {fields.map(([field, change]) => (
                            <Table.Tr key={field}>
                              <Table.Th scope="row">
                                {fieldLabel(t, field) ?? <Code>{field}</Code>}
                              </Table.Th>
                              <Table.Td>{formatValue(t, change.before, field)}</Table.Td>
                              <Table.Td aria-hidden>→</Table.Td>
                              <Table.Td>{formatValue(t, change.after, field)}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
