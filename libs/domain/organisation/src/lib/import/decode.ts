/**
 * Text of an uploaded CSV file. HR systems export UTF-8 (often with a BOM) or Windows-1252
 * (Excel on Windows, "CSV (gescheiden door lijstscheidingsteken)"). Bytes that are valid
 * UTF-8 are UTF-8; anything else is Windows-1252, which decodes every byte.
 */
export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
  /** The file started with a UTF-8 byte order mark (stripped from the text). */
  bom: boolean;
}

/** TextDecoder exists in Node and in browsers; this lib is built without either's typings. */
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
const { TextDecoder: Decoder } = globalThis as unknown as {
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => Utf8Decoder;
};

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new Decoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', bom };
  }
}

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to the C1 control of that value). */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252. Node's `TextDecoder('windows-1252')` decodes 0x80–0x9F as C1
 * controls (Latin-1), which would turn € ’ “ ” – into invisible characters.
 *
 * The same table as `decodeWindows1252` in libs/domain/dossier: a shared text library would
 * be the better home for both, but it is a new workspace package (a lock-file change).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80]! : byte);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** The inverse, for tests and tools that write a file as Excel on Windows would. */
export function encodeWindows1252(text: string): Uint8Array {
  const reverse = new Map(CP1252_80_9F.map((code, i) => [code, 0x80 + i]));
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : reverse.get(code);
    if (byte === undefined) throw new Error(`'${ch}' has no Windows-1252 byte`);
    out[n++] = byte;
  }
  return out.subarray(0, n);
}
