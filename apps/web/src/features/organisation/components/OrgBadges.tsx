import { Badge, type MantineColor, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type UnitRole = 'tribeLead' | 'productOwner' | 'chapterLead' | 'agileCoach';

const COLORS: Record<UnitRole, MantineColor> = {
  tribeLead: 'indigo',
  productOwner: 'grape',
  chapterLead: 'teal',
  agileCoach: 'orange',
};

/**
 * A short visible marker ("PO") with its full name for screen readers and as a tooltip
 * ("product owner"); the legend under the matrix spells the abbreviations out too.
 */
export function RoleBadge({ role, decorative = false }: { role: UnitRole; decorative?: boolean }) {
  const { t } = useTranslation();
  const name = t(`organisation.role.${role}`);
  if (decorative) {
    return (
      <Badge
        size="xs"
        variant="light"
        color={COLORS[role]}
        radius="sm"
        tt="none"
        aria-hidden="true"
      >
        {t(`organisation.role.${role}Short`)}
      </Badge>
    );
  }
  return (
    <Badge
      size="xs"
      variant="light"
      color={COLORS[role]}
      radius="sm"
      title={name}
      tt="none"
      style={{ flexShrink: 0 }}
      data-role={role}
    >
      <span aria-hidden="true">{t(`organisation.role.${role}Short`)}</span>
      <VisuallyHidden>{name}</VisuallyHidden>
    </Badge>
  );
}

export const ROLE_ORDER: readonly UnitRole[] = [
  'tribeLead',
  'productOwner',
  'chapterLead',
  'agileCoach',
];
