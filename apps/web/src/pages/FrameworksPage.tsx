import { Button, Center, Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { FRAMEWORK_FAMILIES } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorRequestId, errorText } from '../api/error-text';
import { useSession } from '../features/auth/hooks/useSession';
import { can } from '../features/auth/permissions';
import {
  FRAMEWORK_PAGE_SIZE,
  type FrameworkListFilter,
} from '../features/frameworks/api/frameworks.api';
import { FrameworkListFilters } from '../features/frameworks/components/FrameworkListFilters';
import { FrameworksTable } from '../features/frameworks/components/FrameworksTable';
import { SearchForm } from '../features/frameworks/components/SearchForm';
import { useFrameworkList } from '../features/frameworks/hooks/useFrameworks';
import { ErrorAlert, PageTitle } from '../ui';

/** Filters and page live in the URL, so a filtered list can be shared and survives "back". */
function readFilter(params: URLSearchParams): { filter: FrameworkListFilter; page: number } {
  const family = FRAMEWORK_FAMILIES.find((f) => f === params.get('family'));
  const q = params.get('q')?.trim() || undefined;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { filter: { family, q }, page };
}

export function FrameworksPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const { filter, page } = readFilter(params);
  const list = useFrameworkList(filter, page);
  const canImport = can(session, 'import', 'Framework');
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / FRAMEWORK_PAGE_SIZE));
  const requestId = errorRequestId(list.error);

  const update = (next: FrameworkListFilter, nextPage = 1) => {
    const search = new URLSearchParams();
    if (next.family) search.set('family', next.family);
    if (next.q) search.set('q', next.q);
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search, { replace: true });
  };

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageTitle title={t('frameworks.list.title')} intro={t('frameworks.list.intro')} />
        {canImport ? (
          <Button component={Link} to="/frameworks/import">
            {t('frameworks.import.action')}
          </Button>
        ) : null}
      </Group>

      <Paper withBorder radius="md" p="md" mb="lg">
        <SearchForm
          onSearch={(q) =>
            void navigate(`/frameworks/search?${new URLSearchParams({ q }).toString()}`)
          }
        />
      </Paper>

      <FrameworkListFilters value={filter} onChange={(next) => update(next)} />

      {list.isPending ? (
        <Loader aria-label={t('frameworks.list.loading')} />
      ) : list.isError ? (
        <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
          {errorText(t, list.error)}
        </ErrorAlert>
      ) : list.data.items.length === 0 ? (
        <Paper withBorder p="xl" radius="md" data-testid="frameworks-empty">
          <Center>
            <Text c="dimmed">
              {filter.family || filter.q
                ? t('frameworks.list.noMatch')
                : t('frameworks.list.empty')}
            </Text>
          </Center>
        </Paper>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="frameworks-total">
            {t('frameworks.list.total', { count: total })}
          </Text>
          <FrameworksTable frameworks={list.data.items} />
          {pages > 1 ? (
            <Group justify="center" mt="md">
              <Pagination
                total={pages}
                value={page}
                onChange={(next) => update(filter, next)}
                getItemProps={(n) => ({ 'aria-label': t('frameworks.list.pageN', { page: n }) })}
                getControlProps={(control) => ({
                  'aria-label': t(`frameworks.list.pageControl.${control}`),
                })}
              />
            </Group>
          ) : null}
        </Stack>
      )}
    </>
  );
}
