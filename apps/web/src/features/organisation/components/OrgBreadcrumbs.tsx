import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to?: string;
}

/** Where a page sits: Organisation › tribe › squad. The last crumb is the page itself. */
export function OrgBreadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  const all: Crumb[] = [{ label: t('organisation.title'), to: '/org' }, ...items];
  return (
    <nav aria-label={t('organisation.breadcrumbs')}>
      <Breadcrumbs mb="sm" separatorMargin={6}>
        {all.map((crumb, index) =>
          crumb.to && index < all.length - 1 ? (
            <Anchor key={crumb.to} component={Link} to={crumb.to} size="sm">
              {crumb.label}
            </Anchor>
          ) : (
            <Text key={crumb.label} size="sm" c="dimmed" aria-current="page">
              {crumb.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}
