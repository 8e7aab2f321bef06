import { createHash } from 'node:crypto';
import type { ParsedDossier } from '@tribeworks/dossier';

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * SHA-256 of the normalised parse result: the same dossier gives the same hash whatever its
 * encoding (UTF-8 with or without BOM, Windows-1252), line endings or bullet glyphs, because
 * the parser has already normalised all of that. Warnings are left out: they carry line
 * numbers, which say where the parser looked, not what the dossier says.
 */
export function contentHash(dossier: ParsedDossier): string {
  const { warnings: _warnings, ...content } = dossier;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
