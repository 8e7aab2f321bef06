import { Avatar, Button, Menu, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { SUPPORTED_LOCALES } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import type { Session } from '../api/auth.api';
import { useLogout } from '../hooks/useSession';
import { ChangePasswordModal } from './ChangePasswordModal';
import { RoleBadges } from './RoleBadges';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/** The signed-in user: who, which roles, change password, language, sign out. */
export function UserMenu({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const logout = useLogout();
  const [passwordOpened, password] = useDisclosure(false);
  const { user } = session;
  const language = currentLocale(i18n);

  return (
    <>
      <Menu position="bottom-end" width={280} withinPortal shadow="md">
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            px="xs"
            aria-label={user.displayName}
            data-testid="user-menu"
            leftSection={
              <Avatar size={28} radius="xl" color="indigo" aria-hidden>
                {initials(user.displayName)}
              </Avatar>
            }
          >
            <Text span size="sm" fw={500} visibleFrom="sm" c="var(--mantine-color-text)">
              {user.displayName}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Stack gap={6} px="sm" py="xs" data-testid="user-menu-details">
            <div>
              <Text size="sm" fw={600}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {user.email}
              </Text>
            </div>
            <RoleBadges roles={user.roles} />
          </Stack>
          <Menu.Divider />
          <Menu.Item onClick={password.open}>{t('auth.changePassword.title')}</Menu.Item>
          <Menu.Divider />
          <Menu.Label id="user-menu-language">{t('language.label')}</Menu.Label>
          <div role="group" aria-labelledby="user-menu-language">
            {SUPPORTED_LOCALES.map((locale) => (
              <Menu.Item
                key={locale}
                // Mantine fixes role="menuitem" (no menuitemradio); aria-current marks the choice.
                aria-current={language === locale ? 'true' : undefined}
                lang={locale}
                onClick={() => void i18n.changeLanguage(locale)}
                rightSection={
                  language === locale ? (
                    <Text span size="sm" aria-hidden>
                      ✓
                    </Text>
                  ) : null
                }
              >
                {t(`language.${locale}`)}
              </Menu.Item>
            ))}
          </div>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => logout.mutate()} disabled={logout.isPending}>
            {t('auth.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpened} onClose={password.close} />
    </>
  );
}
