import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../api/organisation.api';
import { useMemberships } from '../hooks/useOrganisation';
import { PersonLink } from './PersonLink';
import { QueryStatus } from './QueryStatus';

export interface DepartmentNode extends Department {
  children: DepartmentNode[];
}

/** The flat list as a tree; a department whose parent is missing becomes a root. */
export function departmentTree(departments: Department[]): DepartmentNode[] {
  const nodes = new Map(departments.map((d) => [d.id, { ...d, children: [] as DepartmentNode[] }]));
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: DepartmentNode[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Nested lists (a screen reader says the level and the count), members on demand. */
export function DepartmentTree({ departments }: { departments: Department[] }) {
  return <DepartmentList nodes={departmentTree(departments)} level={1} />;
}

function DepartmentList({ nodes, level }: { nodes: DepartmentNode[]; level: number }) {
  return (
    <Stack
      component="ul"
      gap="xs"
      m={0}
      p={0}
      pl={level > 1 ? 'lg' : 0}
      style={{
        listStyle: 'none',
        borderLeft: level > 1 ? '2px solid var(--mantine-color-gray-3)' : undefined,
      }}
    >
      {nodes.map((node) => (
        <DepartmentItem key={node.id} node={node} level={level} />
      ))}
    </Stack>
  );
}

function DepartmentItem({ node, level }: { node: DepartmentNode; level: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const membersId = useId();
  const members = useMemberships(
    { unitId: node.id, kind: 'department', current: true },
    { enabled: open },
  );
  return (
    <li data-testid="department" data-level={level}>
      <Paper withBorder p="sm" radius="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Text fw={600}>{node.name}</Text>
            <Text size="sm" c="dimmed">
              {t('organisation.departments.manager')}{' '}
              {node.manager ? (
                <PersonLink id={node.manager.id} name={node.manager.name} />
              ) : (
                t('organisation.nobody')
              )}
            </Text>
          </div>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={open}
            aria-controls={membersId}
            onClick={() => setOpen((o) => !o)}
            aria-label={t(
              open
                ? 'organisation.departments.hideMembers'
                : 'organisation.departments.showMembers',
              { name: node.name },
            )}
          >
            {t(open ? 'organisation.departments.hide' : 'organisation.departments.show')}
          </Button>
        </Group>
        <div id={membersId} hidden={!open}>
          {open ? (
            <>
              <QueryStatus isPending={members.isPending} error={members.error} />
              {members.data?.length === 0 ? (
                <Text size="sm" c="dimmed" mt="xs">
                  {t('organisation.noMembers')}
                </Text>
              ) : null}
              <Group component="ul" gap="md" mt="xs" p={0} style={{ listStyle: 'none' }}>
                {members.data?.map((m) => (
                  <li key={m.id}>
                    <PersonLink id={m.personId} name={m.personName} />
                  </li>
                ))}
              </Group>
            </>
          ) : null}
        </div>
      </Paper>
      {node.children.length > 0 ? (
        <Stack mt="xs">
          <DepartmentList nodes={node.children} level={level + 1} />
        </Stack>
      ) : null}
    </li>
  );
}
