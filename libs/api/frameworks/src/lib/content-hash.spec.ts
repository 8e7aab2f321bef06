import { parseDossierBytes } from '@tribeworks/dossier';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from './content-hash';
import { BK_PDF, BK_WEB, MBO, fixtureText, toWindows1252 } from '../../test/fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hashOf = (bytes: Uint8Array) => contentHash(parseDossierBytes(bytes));

describe('contentHash', () => {
  it.each([BK_PDF, BK_WEB, MBO])(
    'is the same for UTF-8, UTF-8 with BOM, CRLF and Windows-1252 variants of %s',
    (file) => {
      const text = fixtureText(file);
      const reference = hashOf(utf8(text));
      expect(reference).toMatch(/^[0-9a-f]{64}$/);
      expect(hashOf(utf8(`\uFEFF${text}`))).toBe(reference);
      expect(hashOf(utf8(text.replace(/\n/g, '\r\n')))).toBe(reference);
      expect(hashOf(toWindows1252(text))).toBe(reference);
      expect(hashOf(toWindows1252(text.replace(/\n/g, '\r\n')))).toBe(reference);
    },
  );

  it('changes when one word of the content changes', () => {
    const text = fixtureText(BK_WEB);
    const edited = text.replace('Behandelt klachten', 'Behandelt alle klachten');
    expect(edited).not.toBe(text);
    expect(hashOf(utf8(edited))).not.toBe(hashOf(utf8(text)));
  });

  it('differs between the three seeds', () => {
    const hashes = [BK_PDF, BK_WEB, MBO].map((f) => hashOf(utf8(fixtureText(f))));
    expect(new Set(hashes).size).toBe(3);
  });

  it('ignores warnings and key order', () => {
    const dossier = parseDossierBytes(utf8(fixtureText(MBO)));
    expect(dossier.warnings.length).toBeGreaterThan(0);
    expect(contentHash({ ...dossier, warnings: [] })).toBe(contentHash(dossier));
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
  });
});
