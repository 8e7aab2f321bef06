import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(__dirname, 'fixtures');
export const BK_PDF = 'bk-0571-1-productmanager.txt';
export const BK_WEB = 'bk-0496-1-externe-sales.txt';
export const MBO = 'mbo-kwalificatiedossier-commercie.txt';

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

export const withCrlf = (text: string): string => text.replace(/\n/g, '\r\n');
export const withBom = (text: string): string => `\uFEFF${text}`;

/** Removes the bullet glyph "•" as other PDF extractions do: the item keeps the space that followed it. */
export const withoutBullets = (text: string): string => text.replace(/•/g, '');

/** Cuts the text at half its lines. */
export const halfOf = (text: string): string => {
  const lines = text.split('\n');
  return lines.slice(0, Math.floor(lines.length / 2)).join('\n');
};

const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Encodes text as Windows-1252; throws on a character that has no Windows-1252 byte. */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[n++] = code;
    else if (CP1252_HIGH[ch] !== undefined) out[n++] = CP1252_HIGH[ch];
    else throw new Error(`No Windows-1252 byte for U+${code.toString(16)}`);
  }
  return out.subarray(0, n);
}
