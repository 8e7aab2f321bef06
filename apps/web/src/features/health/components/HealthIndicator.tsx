import { Badge, Box } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Health } from '../api/health.api';
import { type HealthStatus, useHealth } from '../hooks/useHealth';

const COLOR: Record<HealthStatus, string> = {
  ok: 'green',
  degraded: 'red',
  unreachable: 'gray',
  loading: 'gray',
};

/** The short, translated sentence for a health state, naming what is down. */
export function healthText(t: TFunction, status: HealthStatus, health?: Health): string {
  switch (status) {
    case 'loading':
      return t('health.loading');
    case 'unreachable':
      return t('health.unreachable');
    case 'ok':
      return t('health.ok');
    case 'degraded': {
      const db = health?.db === 'down';
      const redis = health?.redis === 'down';
      if (db && redis) return t('health.down.both');
      if (db) return t('health.down.db');
      if (redis) return t('health.down.redis');
      return t('health.down.other', { services: health?.down.join(', ') ?? '' });
    }
  }
}

/** Header badge: green when everything is up, red naming what is down, grey when unknown. */
export function HealthIndicator() {
  const { t } = useTranslation();
  const { status, health } = useHealth();
  const text = healthText(t, status, health);
  return (
    <Badge
      component={Link}
      to="/system"
      variant="dot"
      color={COLOR[status]}
      size="lg"
      radius="sm"
      tt="none"
      style={{ cursor: 'pointer' }}
      data-testid="health-indicator"
      data-status={status}
      aria-label={t('health.label', { status: text })}
    >
      {/* On narrow screens the dot alone says it; the accessible name still has the words. */}
      <Box component="span" visibleFrom="sm">
        {text}
      </Box>
    </Badge>
  );
}
