import { parseBkDossier } from './bk.parser';
import { assertNotBinaryText, decodeDossierBytes } from './decode';
import { detectFamily } from './detect';
import { DossierParseError } from './dossier.errors';
import type { ParsedDossier, ParseOptions } from './dossier.types';
import { parseMboDossier } from './mbo.parser';
import { toSourceLines } from './text';

/**
 * Parses the text of a Flemish BK dossier (PDF or web extraction) or a Dutch MBO kwalificatiedossier.
 * Detects the family and layout; throws a DossierParseError (`empty`, `binary`, `not_a_dossier`,
 * `truncated`) when the text is not a complete dossier.
 */
export function parseDossier(text: string, options: ParseOptions = {}): ParsedDossier {
  if (/^[\s\u00A0\uFEFF]*$/.test(text)) {
    throw new DossierParseError(
      'empty',
      text.length === 0 ? 'The input is empty.' : 'The input contains only whitespace.',
    );
  }
  assertNotBinaryText(text);
  const lines = toSourceLines(text);
  options.onProgress?.(0.05);
  const detection = detectFamily(lines);
  if (detection.family === 'bk') return parseBkDossier(lines, options);
  if (detection.family === 'mbo') return parseMboDossier(lines, options);
  throw new DossierParseError(
    'not_a_dossier',
    `The text (${lines.length} lines) is neither a Flemish BK dossier nor a Dutch MBO kwalificatiedossier: no BK code or competency sections (score ${detection.bkScore}) and no MBO core tasks/work processes (score ${detection.mboScore}).`,
  );
}

/** Decodes the bytes (UTF-8 with/without BOM, else Windows-1252) and parses them. */
export function parseDossierBytes(buf: Uint8Array, options: ParseOptions = {}): ParsedDossier {
  if (buf.length === 0) throw new DossierParseError('empty', 'The input is empty (0 bytes).');
  return parseDossier(decodeDossierBytes(buf), options);
}
