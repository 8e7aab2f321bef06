import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorRequestId } from '../api/error-text';
import { DiffView } from '../features/frameworks/components/DiffView';
import { frameworkErrorText } from '../features/frameworks/components/import-errors';
import { VersionSelect } from '../features/frameworks/components/VersionSelect';
import { useFrameworkDiff, useFrameworkVersions } from '../features/frameworks/hooks/useFrameworks';
import { ErrorAlert, PageTitle } from '../ui';

function numberParam(params: URLSearchParams, name: string): number | undefined {
  const value = Number.parseInt(params.get(name) ?? '', 10);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export function FrameworkDiffPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const versions = useFrameworkVersions(code);
  const list = versions.data ?? [];
  // Newest first: by default the latest version against the one before it.
  const from = numberParam(params, 'from') ?? list[1]?.version ?? list[0]?.version;
  const to = numberParam(params, 'to') ?? list[0]?.version;
  const diff = useFrameworkDiff(code, from, to);
  const error = versions.error ?? diff.error;
  const requestId = errorRequestId(error);

  const choose = (next: { from?: number; to?: number }) => {
    const search = new URLSearchParams();
    search.set('from', String(next.from ?? from ?? ''));
    search.set('to', String(next.to ?? to ?? ''));
    setParams(search, { replace: true });
  };

  return (
    <>
      <PageTitle title={t('frameworks.diff.title', { code })} intro={t('frameworks.diff.intro')} />
      <Stack gap="lg">
        <Anchor component={Link} to={`/frameworks/${encodeURIComponent(code)}`} size="sm">
          {t('frameworks.diff.back', { code })}
        </Anchor>
        {error ? (
          <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
            {frameworkErrorText(t, error)}
          </ErrorAlert>
        ) : null}
        {versions.isPending ? (
          <Loader aria-label={t('frameworks.diff.loading')} />
        ) : list.length > 0 ? (
          <Group align="flex-end" gap="md" wrap="wrap">
            <VersionSelect
              label={t('frameworks.diff.from')}
              versions={list}
              value={from}
              onChange={(version) => choose({ from: version })}
              testId="diff-from"
            />
            <VersionSelect
              label={t('frameworks.diff.to')}
              versions={list}
              value={to}
              onChange={(version) => choose({ to: version })}
              testId="diff-to"
            />
          </Group>
        ) : null}
        {list.length === 1 ? <Text c="dimmed">{t('frameworks.diff.onlyOne')}</Text> : null}
        {diff.isFetching && !diff.data ? (
          <Loader aria-label={t('frameworks.diff.loading')} />
        ) : diff.data ? (
          <DiffView diff={diff.data} />
        ) : null}
      </Stack>
    </>
  );
}
