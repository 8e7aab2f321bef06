import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DiffEntity } from '../api/frameworks.api';

const ENTITY_COLOR: Record<DiffEntity, string> = {
  competency: 'grape',
  activity: 'blue',
  knowledge: 'cyan',
  coreTask: 'teal',
  workProcess: 'green',
  behaviour: 'lime',
};

/** Competency, activity, knowledge, core task, work process or behaviour. */
export function EntityLabel({ entity }: { entity: DiffEntity }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={ENTITY_COLOR[entity]} tt="none" size="sm">
      {t(`frameworks.entity.${entity}`)}
    </Badge>
  );
}

/**
 * Where an item sits, in words: "competency 4" for BK (the path is the competency number),
 * the code for MBO ("B1-K1-W2", or "B1-K1-W2-G01" for a behaviour with its own code).
 */
export function itemLocation(
  t: TFunction,
  entity: DiffEntity,
  path: string,
  key: string | null,
): string {
  if (/^\d+(\s*,\s*\d+)*$/.test(path)) return t('frameworks.competencyN', { number: path });
  if (entity === 'behaviour' && key) return key;
  return path;
}
