import { ActionIcon, Badge, Menu, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RoleBadges } from '../../auth/components/RoleBadges';
import { type User, type UserStatus, userStatus } from '../api/users.api';

const STATUS_COLOR: Record<UserStatus, string> = {
  active: 'green',
  invited: 'blue',
  deactivated: 'gray',
};

export type UserAction = 'edit' | 'activation' | 'resetLink';

export interface UsersTableProps {
  users: User[];
  /** Without it the table is read-only (hr). */
  onAction?: (action: UserAction, user: User) => void;
  currentUserId?: string;
}

export function UsersTable({ users, onAction, currentUserId }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Caption>{t('users.caption', { count: users.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.name')}</Table.Th>
            <Table.Th scope="col">{t('auth.email')}</Table.Th>
            <Table.Th scope="col">{t('users.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.status.label')}</Table.Th>
            {onAction ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('users.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const status = userStatus(user);
            return (
              <Table.Tr key={user.id} data-testid="user-row" data-email={user.email}>
                <Table.Th scope="row" fw={500}>
                  {user.displayName}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
                <Table.Td>
                  <RoleBadges roles={user.roles} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={STATUS_COLOR[status]} tt="none">
                    {t(`users.status.${status}`)}
                  </Badge>
                </Table.Td>
                {onAction ? (
                  <Table.Td ta="right">
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('users.actionsFor', { name: user.displayName })}
                        >
                          <span aria-hidden>⋯</span>
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => onAction('edit', user)}>
                          {t('users.edit.action')}
                        </Menu.Item>
                        <Menu.Item
                          onClick={() => onAction('resetLink', user)}
                          disabled={!user.isActive}
                        >
                          {t('users.resetLink.action')}
                        </Menu.Item>
                        <Menu.Item
                          color={user.isActive ? 'red' : undefined}
                          onClick={() => onAction('activation', user)}
                          disabled={user.id === currentUserId}
                        >
                          {user.isActive
                            ? t('users.deactivate.action')
                            : t('users.reactivate.action')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
