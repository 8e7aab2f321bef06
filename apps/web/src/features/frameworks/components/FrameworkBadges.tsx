import { Badge } from '@mantine/core';
import type { FrameworkFamily } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import type { Activity, Knowledge } from '../api/frameworks.api';

const FAMILY_COLOR: Record<FrameworkFamily, string> = { bk: 'grape', mbo: 'teal' };

/** BK (Flemish beroepskwalificatie) or MBO (Dutch kwalificatiedossier). */
export function FamilyBadge({ family }: { family: FrameworkFamily }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={FAMILY_COLOR[family]}
      title={t(`frameworks.family.${family}Long`)}
      data-testid="family-badge"
    >
      {t(`frameworks.family.${family}`)}
    </Badge>
  );
}

type Depth = NonNullable<Knowledge['depth']>;
const DEPTH_COLOR: Record<Depth, string> = { basic: 'gray', normal: 'blue', thorough: 'indigo' };

/** "Basiskennis van" / "Kennis van" / "Grondige kennis van", as a badge. */
export function DepthBadge({ depth }: { depth: Knowledge['depth'] }) {
  const { t } = useTranslation();
  if (!depth) return null;
  return (
    <Badge
      variant={depth === 'thorough' ? 'filled' : 'light'}
      color={DEPTH_COLOR[depth]}
      tt="none"
      size="sm"
      data-testid="depth-badge"
      data-depth={depth}
    >
      {t(`frameworks.depth.${depth}`)}
    </Badge>
  );
}

type SkillType = 'cognitive' | 'problem-solving' | 'motor';
const SKILL_KEY = {
  cognitive: 'cognitive',
  'problem-solving': 'problemSolving',
  motor: 'motor',
} as const satisfies Record<SkillType, string>;

function isSkillType(value: string | null | undefined): value is SkillType {
  return value === 'cognitive' || value === 'problem-solving' || value === 'motor';
}

/** Cognitive, problem-solving or motor skill (BK activities). */
export function SkillTypeBadge({ skillType }: { skillType: Activity['skillType'] }) {
  const { t } = useTranslation();
  if (!isSkillType(skillType)) return null;
  return (
    <Badge variant="outline" color="gray" tt="none" size="sm" data-testid="skill-badge">
      {t(`frameworks.skillType.${SKILL_KEY[skillType]}`)}
    </Badge>
  );
}
