import { Anchor, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorRequestId, errorText } from '../api/error-text';
import { SEARCH_MIN_LENGTH } from '../features/frameworks/api/frameworks.api';
import { SearchForm } from '../features/frameworks/components/SearchForm';
import { SearchCount, SearchResults } from '../features/frameworks/components/SearchResults';
import { useFrameworkSearch } from '../features/frameworks/hooks/useFrameworks';
import { ErrorAlert, PageTitle } from '../ui';

export function FrameworkSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const code = params.get('code')?.trim() || undefined;
  const search = useFrameworkSearch(q, code);
  const requestId = errorRequestId(search.error);
  const searching = q.length >= SEARCH_MIN_LENGTH;

  return (
    <>
      <PageTitle title={t('frameworks.search.title')} intro={t('frameworks.search.intro')} />
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <SearchForm
            key={q}
            initial={q}
            autoFocus={!q}
            onSearch={(term) => {
              const next = new URLSearchParams({ q: term });
              if (code) next.set('code', code);
              setParams(next);
            }}
          />
          <Anchor component={Link} to="/frameworks" size="sm">
            {t('frameworks.backToList')}
          </Anchor>
        </Group>
        {code ? (
          <Text size="sm" c="dimmed">
            {t('frameworks.search.onlyIn', { code })}{' '}
            <Anchor
              component={Link}
              to={`/frameworks/search?${new URLSearchParams({ q }).toString()}`}
            >
              {t('frameworks.search.everywhere')}
            </Anchor>
          </Text>
        ) : null}
        {!searching ? null : search.isPending ? (
          <Loader aria-label={t('frameworks.search.loading')} />
        ) : search.isError ? (
          <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
            {errorText(t, search.error)}
          </ErrorAlert>
        ) : search.data.items.length === 0 ? (
          <Paper withBorder p="xl" radius="md" data-testid="search-empty">
            <Center>
              <Text c="dimmed">{t('frameworks.search.none', { q })}</Text>
            </Center>
          </Paper>
        ) : (
          <Stack gap="sm" component="section" aria-label={t('frameworks.search.results')}>
            <div aria-live="polite">
              <SearchCount count={search.data.items.length} />
            </div>
            <SearchResults hits={search.data.items} />
          </Stack>
        )}
      </Stack>
    </>
  );
}
