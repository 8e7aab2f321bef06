import { Anchor, Badge, Group, Mark, Paper, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type HighlightFragment, type SearchHit, anchorId } from '../api/frameworks.api';
import { EntityLabel, itemLocation } from './entities';

/** The excerpt as plain text, matches in <mark>: fragments, never HTML. */
export function Highlighted({ fragments }: { fragments: HighlightFragment[] }) {
  return (
    <>
      {fragments.map((fragment, index) =>
        fragment.highlighted ? (
          <Mark key={index} color="yellow">
            {fragment.text}
          </Mark>
        ) : (
          <Fragment key={index}>{fragment.text}</Fragment>
        ),
      )}
    </>
  );
}

export function hitHref(hit: SearchHit): string {
  const params = new URLSearchParams({ version: String(hit.version) });
  return `/frameworks/${encodeURIComponent(hit.frameworkCode)}?${params.toString()}#${anchorId(hit.path)}`;
}

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  const { t } = useTranslation();
  return (
    <Stack
      component="ol"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      data-testid="search-results"
    >
      {hits.map((hit, index) => (
        <Paper
          component="li"
          key={`${hit.frameworkCode}-${hit.entity}-${hit.path}-${hit.key ?? ''}-${index}`}
          withBorder
          radius="md"
          p="md"
          data-testid="search-hit"
        >
          <Stack gap={6}>
            <Group gap="xs" wrap="wrap">
              <EntityLabel entity={hit.entity} />
              <Anchor component={Link} to={hitHref(hit)} fw={500}>
                {t('frameworks.search.hitLink', {
                  framework: `${hit.frameworkCode} ${hit.frameworkTitle}`,
                  location: itemLocation(t, hit.entity, hit.path, hit.key ?? null),
                })}
              </Anchor>
            </Group>
            <Text size="sm" lang="nl" data-testid="search-hit-text">
              <Highlighted fragments={hit.fragments} />
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

export function SearchCount({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="gray" tt="none">
      {t('frameworks.search.count', { count })}
    </Badge>
  );
}
