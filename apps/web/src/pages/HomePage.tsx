import { Grid, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SystemInfoCard } from '../features/system/components/SystemInfoCard';
import { PageTitle } from '../ui';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('home.title')} intro={t('home.intro')} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xs" component="section" aria-labelledby="for-whom-title">
            <Title order={2} size="h4" id="for-whom-title">
              {t('home.forWhomTitle')}
            </Title>
            <List spacing="xs">
              <List.Item>
                <Text>{t('home.forChapterLeads')}</Text>
              </List.Item>
              <List.Item>
                <Text>{t('home.forProductManagers')}</Text>
              </List.Item>
              <List.Item>
                <Text>{t('home.forHr')}</Text>
              </List.Item>
              <List.Item>
                <Text>{t('home.forTribeLeads')}</Text>
              </List.Item>
            </List>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SystemInfoCard />
        </Grid.Col>
      </Grid>
    </>
  );
}
