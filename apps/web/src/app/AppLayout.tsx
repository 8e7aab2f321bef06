import { AppShell, Burger, Group, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { SessionWatcher } from '../features/auth/components/SessionWatcher';
import { UserMenu } from '../features/auth/components/UserMenu';
import { useSession } from '../features/auth/hooks/useSession';
import { HealthIndicator } from '../features/health/components/HealthIndicator';
import { LanguageSwitch } from '../features/language/components/LanguageSwitch';
import { SkipLink } from '../ui';
import { AppNavigation } from './AppNavigation';

const MAIN_ID = 'main-content';

/**
 * Signed in: header with the user menu, and the navigation. Signed out (the public pages):
 * header with the language switch, no navigation.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const signedIn = session != null;
  return (
    <>
      <SessionWatcher />
      <SkipLink targetId={MAIN_ID}>{t('a11y.skipToContent')}</SkipLink>
      <AppShell
        header={{ height: 60 }}
        navbar={
          signedIn ? { width: 280, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined
        }
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              {signedIn ? (
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={t('a11y.toggleNavigation')}
                  aria-expanded={opened}
                  aria-controls="app-navigation"
                />
              ) : null}
              <Title order={2} fz={{ base: 'lg', sm: 'h3' }}>
                <Text
                  component={Link}
                  to="/"
                  inherit
                  c="inherit"
                  td="none"
                  style={{ borderRadius: 4 }}
                >
                  {t('app.name')}
                </Text>
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="md">
                {t('app.tagline')}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <HealthIndicator />
              {session ? <UserMenu session={session} /> : <LanguageSwitch />}
            </Group>
          </Group>
        </AppShell.Header>
        {session ? (
          <AppShell.Navbar
            p="sm"
            id="app-navigation"
            component="nav"
            aria-label={t('a11y.mainNavigation')}
          >
            <AppNavigation session={session} onNavigate={close} />
          </AppShell.Navbar>
        ) : null}
        <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
