import type { TFunction } from 'i18next';
import type { FrameworkLevel } from '../api/frameworks.api';

/** "VKS 6 · EQF 6" for BK, "MBO 3–4" for MBO, "—" when the dossier states none. */
export function levelText(t: TFunction, level: FrameworkLevel): string {
  const parts: string[] = [];
  if (level.vks != null) parts.push(t('frameworks.level.vks', { level: level.vks }));
  if (level.eqf != null) parts.push(t('frameworks.level.eqf', { level: level.eqf }));
  if (level.mbo.length > 0) {
    const low = Math.min(...level.mbo);
    const high = Math.max(...level.mbo);
    parts.push(t('frameworks.level.mbo', { level: low === high ? String(low) : `${low}–${high}` }));
  }
  return parts.length > 0 ? parts.join(' · ') : t('frameworks.level.none');
}

export function formatDate(value: string, locale: string): string {
  return new Date(value).toLocaleDateString(locale, { dateStyle: 'medium' });
}

export function formatDateTime(value: string, locale: string): string {
  return new Date(value).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Room for the sticky app header above an element reached through a #link (px). */
export const ANCHOR_OFFSET = 80;
