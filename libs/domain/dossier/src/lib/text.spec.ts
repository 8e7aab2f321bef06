import { describe, expect, it } from 'vitest';
import { decodeDossierBytes } from './decode';
import { DossierParseError } from './dossier.errors';
import { cleanText, headingKey, joinLines, toSourceLines } from './text';

describe('text normalisation', () => {
  it('collapses whitespace, removes tick marks, applies NFC and keeps everything else', () => {
    expect(cleanText('  Kennis\u00A0van  \tFrans:\uF0FC zich ’redden’…  ')).toBe(
      'Kennis van Frans: zich ’redden’…',
    );
    expect(cleanText('cafe\u0301')).toBe('café');
  });

  it('joins wrapped lines by the hyphen rule', () => {
    const join = (...raw: string[]): string => joinLines(toSourceLines(raw.join('\n')));
    expect(join('regelgeving e-', 'commerce')).toBe('regelgeving e-commerce');
    expect(join('samen met onderzoeks- ', 'en ontwikkelingscentra')).toBe(
      'samen met onderzoeks- en ontwikkelingscentra',
    );
    expect(join('import-', 'en/of export')).toBe('import- en/of export');
    expect(join('bedrijfspolicy en -', 'regelgeving')).toBe('bedrijfspolicy en -regelgeving');
    expect(join('een ', '', 'tekst')).toBe('een tekst');
  });

  it('splits lines after a BOM and CR/CRLF', () => {
    expect(toSourceLines('\uFEFFa\r\nb\rc').map((l) => l.text)).toEqual(['a', 'b', 'c']);
  });

  it('makes heading keys without numbering, case or dots', () => {
    expect(headingKey(' 2.2 BESCHRIJVING COMPETENTIES ADHV DE DESCRIPTORELEMENTEN ')).toBe(
      'beschrijving competenties adhv de descriptorelementen',
    );
    expect(headingKey('Beschrijving competenties a.d.h.v. de descriptorelementen')).toBe(
      'beschrijving competenties adhv de descriptorelementen',
    );
    expect(headingKey('Is zelfstandig in:')).toBe('is zelfstandig in');
  });
});

describe('decodeDossierBytes', () => {
  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeDossierBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0xc3, 0xa9]))).toBe('cé');
    expect(decodeDossierBytes(new Uint8Array([0x63, 0xc3, 0xa9]))).toBe('cé');
  });

  it('falls back to Windows-1252, including 0x80–0x9F', () => {
    expect(decodeDossierBytes(new Uint8Array([0x63, 0xe9, 0x20, 0x92, 0x95, 0x96, 0x80]))).toBe(
      'cé ’•–€',
    );
  });

  it('decodes UTF-16 with a BOM', () => {
    expect(decodeDossierBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toBe('Aé');
  });

  it('rejects NUL bytes and control characters', () => {
    expect(() => decodeDossierBytes(new Uint8Array([0x41, 0x00, 0x42]))).toThrow(DossierParseError);
    const controls = new Uint8Array(200).fill(0x41);
    for (let i = 0; i < 10; i += 1) controls[i * 10] = 0x01;
    expect(() => decodeDossierBytes(controls)).toThrow(/binary/);
  });
});
