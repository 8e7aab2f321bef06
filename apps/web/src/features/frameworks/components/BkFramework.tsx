import { Accordion, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency, FrameworkDetail } from '../api/frameworks.api';
import { AUTONOMY_KEYS, DESCRIPTOR_KEYS, readBkDetails } from './bk-details';
import { ANCHOR_OFFSET } from './format';
import { DepthBadge, SkillTypeBadge } from './FrameworkBadges';

/** A BK dossier: its competencies (activities and knowledge) and the descriptor sections. */
export function BkFramework({
  framework,
  target,
}: {
  framework: FrameworkDetail;
  /** The anchor asked for (`competency-3`): that competency starts open. */
  target?: string;
}) {
  const { t } = useTranslation();
  const details = readBkDetails(framework.details);
  const [open, setOpen] = useState<string[]>(() =>
    target && framework.competencies.some((c) => `competency-${c.number}` === target)
      ? [target]
      : [],
  );
  const allValues = framework.competencies.map((c) => `competency-${c.number}`);

  return (
    <Stack gap="xl">
      {details.definition || details.sectors.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="bk-general">
          <Title order={2} size="h3" id="bk-general">
            {t('frameworks.bk.general')}
          </Title>
          {details.definition ? (
            <Text lang="nl" maw={860}>
              {details.definition}
            </Text>
          ) : null}
          {details.sectors.length > 0 ? (
            <Text size="sm" c="dimmed">
              {t('frameworks.bk.sectors')}: <span lang="nl">{details.sectors.join('; ')}</span>
            </Text>
          ) : null}
        </Stack>
      ) : null}

      <Stack gap="sm" component="section" aria-labelledby="bk-competencies">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="bk-competencies">
            {t('frameworks.bk.competencies', { count: framework.competencies.length })}
          </Title>
          <Group gap="xs">
            <Button variant="subtle" size="compact-sm" onClick={() => setOpen(allValues)}>
              {t('frameworks.expandAll')}
            </Button>
            <Button variant="subtle" size="compact-sm" onClick={() => setOpen([])}>
              {t('frameworks.collapseAll')}
            </Button>
          </Group>
        </Group>
        <Accordion
          multiple
          value={open}
          onChange={setOpen}
          variant="separated"
          chevronPosition="left"
        >
          {framework.competencies.map((competency) => (
            <CompetencyItem key={competency.number} competency={competency} />
          ))}
        </Accordion>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="bk-descriptors">
        <Title order={2} size="h3" id="bk-descriptors">
          {t('frameworks.bk.descriptors')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {DESCRIPTOR_KEYS.map((key) => (
            <DescriptorList
              key={key}
              title={t(`frameworks.descriptor.${key}`)}
              items={details.descriptors[key]}
            />
          ))}
          <Stack gap={6} data-testid="descriptor-autonomy">
            <Title order={3} size="h5">
              {t('frameworks.descriptor.autonomy')}
            </Title>
            {AUTONOMY_KEYS.every((key) => details.autonomy[key].length === 0) ? (
              <Text size="sm" c="dimmed">
                {t('frameworks.descriptor.none')}
              </Text>
            ) : (
              AUTONOMY_KEYS.filter((key) => details.autonomy[key].length > 0).map((key) => (
                <Stack gap={2} key={key}>
                  <Text size="sm" fw={500}>
                    {t(`frameworks.descriptor.${key}`)}
                  </Text>
                  <List size="sm" spacing={2} lang="nl">
                    {details.autonomy[key].map((item, i) => (
                      <List.Item key={i}>{item}</List.Item>
                    ))}
                  </List>
                </Stack>
              ))
            )}
          </Stack>
          <DescriptorList
            title={t('frameworks.descriptor.responsibility')}
            items={details.responsibility}
          />
        </SimpleGrid>
      </Stack>

      {details.attestations.length > 0 ? (
        <DescriptorList title={t('frameworks.bk.attestations')} items={details.attestations} />
      ) : null}
    </Stack>
  );
}

function CompetencyItem({ competency }: { competency: Competency }) {
  const { t } = useTranslation();
  const value = `competency-${competency.number}`;
  return (
    <Accordion.Item
      value={value}
      id={value}
      data-testid="competency"
      // Below the sticky header when reached through a link.
      style={{ scrollMarginTop: ANCHOR_OFFSET }}
    >
      <Accordion.Control>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text fw={500} lang="nl">
            {competency.number}. {competency.title}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('frameworks.bk.counts', {
              activities: competency.activities.length,
              knowledge: competency.knowledge.length,
            })}
          </Text>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Stack gap={6}>
            <Title order={3} size="h5">
              {t('frameworks.bk.activities')}
            </Title>
            <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
              {competency.activities.map((activity, i) => (
                <Group component="li" key={i} gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" lang="nl" style={{ flex: 1 }}>
                    {activity.text}
                  </Text>
                  <SkillTypeBadge skillType={activity.skillType} />
                </Group>
              ))}
            </Stack>
          </Stack>
          <Stack gap={6}>
            <Title order={3} size="h5">
              {t('frameworks.bk.knowledge')}
            </Title>
            {competency.knowledge.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('frameworks.descriptor.none')}
              </Text>
            ) : (
              <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
                {competency.knowledge.map((knowledge) => (
                  <Group
                    component="li"
                    key={knowledge.id}
                    gap="xs"
                    wrap="nowrap"
                    align="flex-start"
                    data-testid="knowledge"
                  >
                    <Text size="sm" lang="nl" style={{ flex: 1 }}>
                      {knowledge.text}
                    </Text>
                    <DepthBadge depth={knowledge.depth} />
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
        </SimpleGrid>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

function DescriptorList({ title, items }: { title: string; items: string[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('frameworks.descriptor.none')}
        </Text>
      ) : (
        <List size="sm" spacing={2} lang="nl">
          {items.map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
