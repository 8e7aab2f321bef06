import { Badge, Group } from '@mantine/core';
import { APP_ROLES } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/auth.api';

const ROLE_COLOR: Record<Role, string> = {
  admin: 'red',
  hr: 'grape',
  tribe_lead: 'indigo',
  chapter_lead: 'teal',
  product_owner: 'orange',
  member: 'gray',
};

/** A user's roles as badges, in the contract's order (admin first). */
export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const sorted = APP_ROLES.filter((role: Role) => roles.includes(role));
  return (
    <Group gap={4}>
      {sorted.map((role) => (
        <Badge key={role} size="sm" variant="light" color={ROLE_COLOR[role]} tt="none">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
