import { Badge, NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';

type NavKey =
  | 'home'
  | 'organisation'
  | 'frameworks'
  | 'roles'
  | 'assessments'
  | 'developmentPlans'
  | 'lifecycle'
  | 'administration'
  | 'system';

/** Built areas link to their page; the rest are shown, honestly, as not there yet. */
const ITEMS: { key: NavKey; to?: string; description?: 'nav.organisationDescription' }[] = [
  { key: 'home', to: '/' },
  { key: 'organisation', description: 'nav.organisationDescription' },
  { key: 'frameworks' },
  { key: 'roles' },
  { key: 'assessments' },
  { key: 'developmentPlans' },
  { key: 'lifecycle' },
  { key: 'administration' },
  { key: 'system', to: '/system' },
];

export function AppNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
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
                end
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
  );
}
