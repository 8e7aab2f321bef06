import { Badge, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiffChange, DiffEntity, FrameworkDiff } from '../api/frameworks.api';
import { itemLocation } from './entities';

const ENTITY_ORDER: DiffEntity[] = [
  'competency',
  'activity',
  'knowledge',
  'coreTask',
  'workProcess',
  'behaviour',
];

const KIND_COLOR: Record<DiffChange['change'], string> = {
  added: 'green',
  removed: 'red',
  changed: 'orange',
};

const FIELD_KEYS = ['title', 'text', 'description', 'result', 'category', 'depth'] as const;
type KnownField = (typeof FIELD_KEYS)[number];
const isKnownField = (field: string): field is KnownField =>
  (FIELD_KEYS as readonly string[]).includes(field);

/** The changes between two versions, grouped by kind of item. */
export function DiffView({ diff }: { diff: FrameworkDiff }) {
  const { t } = useTranslation();
  const groups = ENTITY_ORDER.map(
    (entity) => [entity, diff.changes.filter((c) => c.entity === entity)] as const,
  ).filter(([, changes]) => changes.length > 0);

  return (
    <Stack gap="lg" data-testid="diff">
      <Group gap="xs" aria-label={t('frameworks.diff.summary')} role="group">
        {(['added', 'removed', 'changed'] as const).map((kind) => (
          <Badge key={kind} color={KIND_COLOR[kind]} variant="light" tt="none" size="lg">
            {t(`frameworks.diff.count.${kind}`, { count: diff.summary[kind] })}
          </Badge>
        ))}
      </Group>
      {groups.length === 0 ? (
        <Paper withBorder p="lg" radius="md" data-testid="diff-empty">
          <Text c="dimmed">{t('frameworks.diff.none')}</Text>
        </Paper>
      ) : (
        groups.map(([entity, changes]) => (
          <Stack key={entity} gap="xs" component="section" aria-labelledby={`diff-${entity}`}>
            <Title order={2} size="h4" id={`diff-${entity}`}>
              {t(`frameworks.entityPlural.${entity}`)} ({changes.length})
            </Title>
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs" data-testid={`diff-${entity}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={110}>
                      {t('frameworks.diff.change')}
                    </Table.Th>
                    <Table.Th scope="col" w={160}>
                      {t('frameworks.diff.where')}
                    </Table.Th>
                    <Table.Th scope="col">{t('frameworks.diff.beforeAfter')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {changes.map((change, i) => (
                    <ChangeRow key={i} change={change} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        ))
      )}
    </Stack>
  );
}

function ChangeRow({ change }: { change: DiffChange }) {
  const { t } = useTranslation();
  const field = change.field
    ? isKnownField(change.field)
      ? t(`frameworks.diff.field.${change.field}`)
      : change.field
    : null;
  return (
    <Table.Tr data-testid="diff-change" data-change={change.change}>
      <Table.Td>
        <Badge color={KIND_COLOR[change.change]} variant="light" tt="none">
          {t(`frameworks.diff.kind.${change.change}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{itemLocation(t, change.entity, change.path, change.key ?? null)}</Text>
        {field ? (
          <Text size="xs" c="dimmed">
            {field}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td lang="nl">
        {change.before != null ? (
          <Text size="sm" component="del" display="block" c="red.8">
            <VisuallyHidden>{t('frameworks.diff.before')}: </VisuallyHidden>
            {change.before}
          </Text>
        ) : null}
        {change.before != null && change.after != null ? (
          <Text size="sm" c="dimmed" aria-hidden>
            ↓
          </Text>
        ) : null}
        {change.after != null ? (
          <Text
            size="sm"
            component="ins"
            display="block"
            c="green.9"
            style={{ textDecoration: 'none' }}
          >
            <VisuallyHidden>{t('frameworks.diff.after')}: </VisuallyHidden>
            {change.after}
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
