import { Badge, NavLink, Stack, Text } from '@mantine/core';
import type { AccessAction, AccessSubject } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import type { Session } from '../features/auth/api/auth.api';
import { can } from '../features/auth/permissions';

type NavKey =
  | 'home'
  | 'organisation'
  | 'frameworks'
  | 'roles'
  | 'assessments'
  | 'developmentPlans'
  | 'lifecycle'
  | 'system';

type AdminKey = 'users' | 'audit';

/** Built areas link to their page; the rest are shown, honestly, as not there yet. */
const ITEMS: { key: NavKey; to?: string; description?: 'nav.organisationDescription' }[] = [
  { key: 'home', to: '/' },
  { key: 'organisation', to: '/org', description: 'nav.organisationDescription' },
  { key: 'frameworks', to: '/frameworks' },
  { key: 'roles' },
  { key: 'assessments' },
  { key: 'developmentPlans' },
  { key: 'lifecycle' },
  { key: 'system', to: '/system' },
];

/** Administration: each page only for those whose permissions allow it. */
const ADMIN_ITEMS: { key: AdminKey; to: string; action: AccessAction; subject: AccessSubject }[] = [
  { key: 'users', to: '/admin/users', action: 'read', subject: 'User' },
  { key: 'audit', to: '/admin/audit', action: 'read', subject: 'AuditLog' },
];

export function AppNavigation({
  session,
  onNavigate,
}: {
  session: Session;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const adminItems = ADMIN_ITEMS.filter((item) => can(session, item.action, item.subject));
  return (
    <Stack gap="md">
      <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
        {ITEMS.map((item) => {
          const label = t(`nav.${item.key}`);
          const description = item.description ? t(item.description) : undefined;
          return (
            <li key={item.key}>
              {item.to ? (
                <NavLink
                  component={RouterNavLink}
                  to={item.to}
                  // Sub-pages (a framework, its search) keep their area highlighted.
                  end={item.to === '/'}
                  label={label}
                  description={description}
                  onClick={onNavigate}
                />
              ) : (
                <NavLink
                  component="div"
                  disabled
                  aria-disabled="true"
                  label={label}
                  description={description}
                  title={t('nav.comingSoonHint', { area: label })}
                  // Readable, yet clearly not available (Mantine's default is opacity 0.4).
                  style={{ opacity: 0.7, cursor: 'default' }}
                  rightSection={
                    <Badge size="xs" variant="light" color="gray" tt="none">
                      {t('nav.comingSoon')}
                    </Badge>
                  }
                />
              )}
            </li>
          );
        })}
      </Stack>
      {adminItems.length > 0 ? (
        <Stack gap={4} component="section" aria-labelledby="nav-administration">
          <Text
            id="nav-administration"
            size="xs"
            fw={700}
            tt="uppercase"
            c="dimmed"
            px="sm"
            style={{ letterSpacing: '0.04em' }}
          >
            {t('nav.administration')}
          </Text>
          <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
            {adminItems.map((item) => (
              <li key={item.key}>
                <NavLink
                  component={RouterNavLink}
                  to={item.to}
                  label={t(`nav.${item.key}`)}
                  onClick={onNavigate}
                />
              </li>
            ))}
          </Stack>
        </Stack>
      ) : null}
    </Stack>
  );
}
