import { Anchor, Badge, Code, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { errorRequestId } from '../api/error-text';
import { currentLocale } from '../i18n/i18n';
import { BkFramework } from '../features/frameworks/components/BkFramework';
import { FamilyBadge } from '../features/frameworks/components/FrameworkBadges';
import { formatDateTime, levelText } from '../features/frameworks/components/format';
import { frameworkErrorText } from '../features/frameworks/components/import-errors';
import { MboFramework } from '../features/frameworks/components/MboFramework';
import { SearchForm } from '../features/frameworks/components/SearchForm';
import { VersionSelect } from '../features/frameworks/components/VersionSelect';
import { WarningsList } from '../features/frameworks/components/WarningsList';
import { useFramework, useFrameworkVersions } from '../features/frameworks/hooks/useFrameworks';
import { ErrorAlert } from '../ui';

function versionParam(params: URLSearchParams): number | undefined {
  const version = Number.parseInt(params.get('version') ?? '', 10);
  return Number.isInteger(version) && version > 0 ? version : undefined;
}

export function FrameworkPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const target = decodeURIComponent(hash.replace(/^#/, '')) || undefined;
  const version = versionParam(params);
  const framework = useFramework(code, version);
  const versions = useFrameworkVersions(code);
  const data = framework.data;
  const requestId = errorRequestId(framework.error);

  // A link to a competency or work process: once it is on the page, bring it into view.
  useEffect(() => {
    if (!data || !target) return;
    const element = document.getElementById(target);
    element?.scrollIntoView({ block: 'start' });
  }, [data, target]);

  if (framework.isPending) return <Loader aria-label={t('frameworks.detail.loading')} />;
  if (framework.isError || !data) {
    return (
      <Stack gap="md">
        <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
          {frameworkErrorText(t, framework.error)}
        </ErrorAlert>
        <Anchor component={Link} to="/frameworks">
          {t('frameworks.backToList')}
        </Anchor>
      </Stack>
    );
  }

  const shown = data.version.version;
  const versionList = versions.data ?? [];
  const older = versionList.find((v) => v.version < shown)?.version;

  return (
    <Stack gap="lg" data-testid="framework" data-code={data.code} data-version={shown}>
      <Stack gap="xs">
        <Anchor component={Link} to="/frameworks" size="sm">
          {t('frameworks.backToList')}
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1} lang="nl">
            {data.title}
          </Title>
          <FamilyBadge family={data.family} />
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="sm">
            {t('frameworks.code')}: <Code>{data.code}</Code>
          </Text>
          <Text size="sm">
            {t('frameworks.levelLabel')}: {levelText(t, data.level)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('frameworks.detail.imported', {
              date: formatDateTime(data.version.importedAt, currentLocale(i18n)),
              file: data.version.sourceFileName,
            })}
          </Text>
        </Group>
      </Stack>

      <Group align="flex-end" gap="lg" wrap="wrap">
        {versionList.length > 0 ? (
          <VersionSelect
            label={t('frameworks.detail.version')}
            versions={versionList}
            value={shown}
            onChange={(next) =>
              setParams(next === data.latestVersion ? {} : { version: String(next) })
            }
            testId="version-select"
          />
        ) : null}
        {shown === data.latestVersion ? (
          <Badge variant="light" color="green" tt="none" mb={8}>
            {t('frameworks.detail.latest')}
          </Badge>
        ) : (
          <Badge variant="light" color="orange" tt="none" mb={8}>
            {t('frameworks.detail.notLatest', { latest: data.latestVersion })}
          </Badge>
        )}
        {older !== undefined ? (
          <Anchor
            component={Link}
            to={`/frameworks/${encodeURIComponent(data.code)}/diff?from=${older}&to=${shown}`}
            mb={8}
          >
            {t('frameworks.detail.compare')}
          </Anchor>
        ) : null}
      </Group>

      <SearchForm
        onSearch={(q) =>
          void navigate(
            `/frameworks/search?${new URLSearchParams({ q, code: data.code }).toString()}`,
          )
        }
      />

      <WarningsList warnings={data.warnings} />

      {data.family === 'bk' ? (
        <BkFramework key={`${data.version.id}-${target ?? ''}`} framework={data} target={target} />
      ) : (
        <MboFramework key={`${data.version.id}-${target ?? ''}`} framework={data} target={target} />
      )}
    </Stack>
  );
}
