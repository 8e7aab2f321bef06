import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeDossierBytes } from '@tribeworks/dossier';

/** The seed dossiers (the parser's fixtures), for unit tests of this lib. */
export const FIXTURE_DIR = resolve(__dirname, '../../../domain/dossier/test/fixtures');
export const BK_PDF = 'bk-0571-1-productmanager.txt';
export const BK_WEB = 'bk-0496-1-externe-sales.txt';
export const MBO = 'mbo-kwalificatiedossier-commercie.txt';

export const fixtureText = (name: string): string =>
  readFileSync(resolve(FIXTURE_DIR, name), 'utf8');

/** Windows-1252 bytes 0x80–0x9F, read back from the parser's own decoder. */
const CP1252_HIGH = new Map<string, number>();
for (let byte = 0x80; byte <= 0x9f; byte += 1) {
  const ch = decodeDossierBytes(Uint8Array.from([0x41, byte])).slice(1);
  if (ch.codePointAt(0) !== byte) CP1252_HIGH.set(ch, byte);
}

/** Encodes as Windows-1252; characters it lacks (private-use glyphs the parser drops) are left out. */
export function toWindows1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else if (CP1252_HIGH.has(ch)) out.push(CP1252_HIGH.get(ch) ?? 0x3f);
  }
  return Uint8Array.from(out);
}
