import {
  Accordion,
  Badge,
  Code,
  Group,
  List,
  Spoiler,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CoreTask,
  type FrameworkDetail,
  type Knowledge,
  type MboProfile,
  type WorkProcess,
  profileOfCode,
} from '../api/frameworks.api';
import { ANCHOR_OFFSET } from './format';

const BASIS = 'basis';

/** An MBO dossier: the basis part and one tab per profile, each with its core tasks. */
export function MboFramework({
  framework,
  target,
}: {
  framework: FrameworkDetail;
  /** The anchor asked for (`item-P3-K1-W2`): its profile tab is chosen, its work process open. */
  target?: string;
}) {
  const { t } = useTranslation();
  const targetCode = target?.startsWith('item-') ? target.slice('item-'.length) : undefined;
  const targetProfile = targetCode ? profileOfCode(targetCode) : null;
  const [tab, setTab] = useState<string>(
    targetProfile && framework.profiles.some((p) => p.code === targetProfile)
      ? targetProfile
      : BASIS,
  );

  return (
    <Tabs value={tab} onChange={(value) => setTab(value ?? BASIS)} keepMounted={false}>
      <Tabs.List aria-label={t('frameworks.mbo.parts')}>
        <Tabs.Tab value={BASIS}>{t('frameworks.mbo.basis')}</Tabs.Tab>
        {framework.profiles.map((profile) => (
          <Tabs.Tab key={profile.code} value={profile.code}>
            {profile.code} {profile.name}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value={BASIS} pt="md">
        <Stack gap="lg">
          <Text c="dimmed" size="sm">
            {t('frameworks.mbo.basisIntro')}
          </Text>
          {framework.basis.map((coreTask) => (
            <CoreTaskSection key={coreTask.code} coreTask={coreTask} targetCode={targetCode} />
          ))}
        </Stack>
      </Tabs.Panel>
      {framework.profiles.map((profile) => (
        <Tabs.Panel key={profile.code} value={profile.code} pt="md">
          <ProfilePanel profile={profile} targetCode={targetCode} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function ProfilePanel({ profile, targetCode }: { profile: MboProfile; targetCode?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="xs">
          <Title order={2} size="h3" lang="nl">
            {profile.code} {profile.name}
          </Title>
          {profile.mboLevel != null ? (
            <Badge variant="light" tt="none">
              {t('frameworks.level.mbo', { level: String(profile.mboLevel) })}
            </Badge>
          ) : null}
          {profile.eqfLevel != null ? (
            <Badge variant="light" color="gray" tt="none">
              {t('frameworks.level.eqf', { level: profile.eqfLevel })}
            </Badge>
          ) : null}
        </Group>
        {profile.description ? (
          <Spoiler
            maxHeight={72}
            showLabel={t('frameworks.showMore')}
            hideLabel={t('frameworks.showLess')}
          >
            <Text size="sm" lang="nl" maw={860}>
              {profile.description}
            </Text>
          </Spoiler>
        ) : null}
        {profile.sharedCoreTaskCodes.length > 0 ? (
          <Text size="sm" c="dimmed">
            {t('frameworks.mbo.sharedCoreTasks', {
              codes: profile.sharedCoreTaskCodes.join(', '),
            })}
          </Text>
        ) : null}
      </Stack>
      {profile.coreTasks.map((coreTask) => (
        <CoreTaskSection key={coreTask.code} coreTask={coreTask} targetCode={targetCode} />
      ))}
    </Stack>
  );
}

function CoreTaskSection({ coreTask, targetCode }: { coreTask: CoreTask; targetCode?: string }) {
  const { t } = useTranslation();
  const headingId = `heading-${coreTask.code}`;
  const [open, setOpen] = useState<string[]>(() =>
    coreTask.workProcesses.filter((wp) => wp.code === targetCode).map((wp) => wp.code),
  );
  return (
    <Stack
      component="section"
      gap="sm"
      id={`item-${coreTask.code}`}
      aria-labelledby={headingId}
      style={{ scrollMarginTop: ANCHOR_OFFSET }}
      data-testid="core-task"
    >
      <Title order={3} size="h4" id={headingId} lang="nl">
        <Code fz="inherit" mr={6}>
          {coreTask.code}
        </Code>
        {coreTask.title}
      </Title>
      {coreTask.complexity || coreTask.responsibility ? (
        <Spoiler
          maxHeight={48}
          showLabel={t('frameworks.showMore')}
          hideLabel={t('frameworks.showLess')}
        >
          <Stack gap={4} maw={860}>
            {coreTask.complexity ? (
              <Text size="sm">
                <Text span fw={500}>
                  {t('frameworks.mbo.complexity')}:
                </Text>{' '}
                <span lang="nl">{coreTask.complexity}</span>
              </Text>
            ) : null}
            {coreTask.responsibility ? (
              <Text size="sm">
                <Text span fw={500}>
                  {t('frameworks.mbo.responsibility')}:
                </Text>{' '}
                <span lang="nl">{coreTask.responsibility}</span>
              </Text>
            ) : null}
          </Stack>
        </Spoiler>
      ) : null}
      <Accordion
        multiple
        value={open}
        onChange={setOpen}
        variant="separated"
        chevronPosition="left"
      >
        {coreTask.workProcesses.map((workProcess) => (
          <WorkProcessItem key={workProcess.code} workProcess={workProcess} />
        ))}
        {coreTask.knowledge.length > 0 ? (
          <Accordion.Item value={`knowledge-${coreTask.code}`}>
            <Accordion.Control>
              <Text fw={500}>
                {t('frameworks.mbo.knowledgeAndSkills', { count: coreTask.knowledge.length })}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <KnowledgeByCategory knowledge={coreTask.knowledge} />
            </Accordion.Panel>
          </Accordion.Item>
        ) : null}
      </Accordion>
    </Stack>
  );
}

function WorkProcessItem({ workProcess }: { workProcess: WorkProcess }) {
  const { t } = useTranslation();
  return (
    <Accordion.Item
      value={workProcess.code}
      id={`item-${workProcess.code}`}
      style={{ scrollMarginTop: ANCHOR_OFFSET }}
      data-testid="work-process"
    >
      <Accordion.Control>
        <Group gap="xs" wrap="nowrap">
          <Code>{workProcess.code}</Code>
          <Text fw={500} lang="nl">
            {workProcess.title}
          </Text>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm" maw={900}>
          <div>
            <Title order={4} size="h6">
              {t('frameworks.mbo.description')}
            </Title>
            <Text size="sm" lang="nl">
              {workProcess.description}
            </Text>
          </div>
          <div>
            <Title order={4} size="h6">
              {t('frameworks.mbo.result')}
            </Title>
            <Text size="sm" lang="nl">
              {workProcess.result}
            </Text>
          </div>
          <div>
            <Title order={4} size="h6">
              {t('frameworks.mbo.behaviours', { count: workProcess.behaviours.length })}
            </Title>
            {workProcess.actor ? (
              <Text size="sm" lang="nl" c="dimmed">
                {workProcess.actor}
              </Text>
            ) : null}
            <Stack component="ul" gap={4} p={0} m={0} mt={4} style={{ listStyle: 'none' }}>
              {workProcess.behaviours.map((behaviour) => (
                <Group
                  component="li"
                  key={behaviour.code}
                  gap="xs"
                  wrap="nowrap"
                  align="flex-start"
                  data-testid="behaviour"
                >
                  <Code style={{ whiteSpace: 'nowrap' }}>{behaviour.code}</Code>
                  <Text size="sm" lang="nl">
                    {behaviour.text}
                  </Text>
                </Group>
              ))}
            </Stack>
          </div>
          {workProcess.competences.length > 0 ? (
            <Group gap={6}>
              <Text size="sm" fw={500}>
                {t('frameworks.mbo.competences')}:
              </Text>
              {workProcess.competences.map((competence) => (
                <Badge key={competence} variant="outline" color="gray" tt="none" lang="nl">
                  {competence}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

function KnowledgeByCategory({ knowledge }: { knowledge: Knowledge[] }) {
  const { t } = useTranslation();
  const groups = new Map<string, Knowledge[]>();
  for (const item of knowledge) {
    const category = item.category ?? '';
    groups.set(category, [...(groups.get(category) ?? []), item]);
  }
  return (
    <Stack gap="sm">
      {[...groups].map(([category, items]) => (
        <div key={category}>
          <Text size="sm" fw={500} lang="nl">
            {category || t('frameworks.mbo.otherKnowledge')}
          </Text>
          <List size="sm" spacing={2} lang="nl">
            {items.map((item) => (
              <List.Item key={item.id}>
                {item.text}
                {item.kind ? (
                  <Badge ml={6} size="xs" variant="light" color="gray" tt="none">
                    {t(`frameworks.knowledgeKind.${item.kind}`)}
                  </Badge>
                ) : null}
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
