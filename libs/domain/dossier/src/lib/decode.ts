import { DossierParseError } from './dossier.errors';

/** Share of control characters (other than tab, LF, CR, FF) above which bytes are taken as binary. */
const MAX_CONTROL_RATIO = 0.01;

function isControlByte(byte: number): boolean {
  return (
    (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) ||
    byte === 0x7f
  );
}

/** Throws `binary` when the text holds NUL characters or too many control characters. */
export function assertNotBinaryText(text: string): void {
  if (text.includes('\u0000')) {
    throw new DossierParseError(
      'binary',
      'The input is binary data (it contains NUL characters), not a text dossier.',
    );
  }
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) if (isControlByte(text.charCodeAt(i))) controls += 1;
  if (text.length > 0 && controls / text.length > MAX_CONTROL_RATIO) {
    throw new DossierParseError(
      'binary',
      `The input looks like binary data (${controls} control characters in ${text.length}), not a text dossier.`,
    );
  }
}

/**
 * Decodes the bytes of a dossier file: UTF-8 with or without BOM, UTF-16 with BOM, otherwise
 * Windows-1252 (a superset of Latin-1 for printable text). Rejects binary data with a `binary` error.
 */
export function decodeDossierBytes(buf: Uint8Array): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return checked(new TextDecoder('utf-16le').decode(buf.subarray(2)));
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return checked(new TextDecoder('utf-16be').decode(buf.subarray(2)));
  }
  let nul = 0;
  let controls = 0;
  for (const byte of buf) {
    if (byte === 0) nul += 1;
    else if (isControlByte(byte)) controls += 1;
  }
  if (nul > 0) {
    throw new DossierParseError(
      'binary',
      `The input is binary data (${nul} NUL bytes), not a text dossier.`,
    );
  }
  if (buf.length > 0 && controls / buf.length > MAX_CONTROL_RATIO) {
    throw new DossierParseError(
      'binary',
      `The input looks like binary data (${controls} control bytes in ${buf.length}), not a text dossier.`,
    );
  }
  const hasBom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = hasBom ? buf.subarray(3) : buf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to the C1 control of that value). */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252. Node's `TextDecoder('windows-1252')` decodes 0x80–0x9F as C1 controls (Latin-1),
 * which would turn ’ “ ” • – into invisible characters, so those 32 bytes are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80] : byte);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

function checked(text: string): string {
  assertNotBinaryText(text);
  return text;
}
