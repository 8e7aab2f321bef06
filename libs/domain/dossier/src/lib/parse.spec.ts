import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BK_PDF,
  BK_WEB,
  encodeWindows1252,
  fixture,
  halfOf,
  MBO,
  withBom,
  withCrlf,
  withoutBullets,
} from '../../test/variants';
import { DossierParseError } from './dossier.errors';
import type { ParsedDossier } from './dossier.types';
import { parseDossier, parseDossierBytes } from './parse';

/** The part of a result that must not change between variants of one source (warnings' lines may). */
function content(result: ParsedDossier): unknown {
  if (result.family === 'bk')
    return { code: result.code, title: result.title, competencies: result.competencies };
  return { profiles: result.profiles, coreTasks: result.coreTasks };
}

function expectError(run: () => unknown, code: string): DossierParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DossierParseError);
    const typed = error as DossierParseError;
    expect(typed.code).toBe(code);
    expect(typed.message.length).toBeGreaterThan(10);
    return typed;
  }
  throw new Error(`expected a DossierParseError ${code}`);
}

const seeds = [BK_PDF, BK_WEB, MBO].map((name) => ({ name, text: fixture(name) }));
const baseline = new Map(seeds.map((s) => [s.name, content(parseDossier(s.text))]));

describe('variants of the seeds give the same result', () => {
  for (const { name, text } of seeds) {
    it(`${name}: CRLF line ends`, () => {
      expect(content(parseDossier(withCrlf(text)))).toEqual(baseline.get(name));
    });
    it(`${name}: UTF-8 BOM, as bytes`, () => {
      const bytes = new TextEncoder().encode(withBom(text));
      expect(bytes[0]).toBe(0xef);
      expect(content(parseDossierBytes(bytes))).toEqual(baseline.get(name));
    });
    it(`${name}: Windows-1252 bytes`, () => {
      // U+F0FC tick marks have no Windows-1252 byte: other extractions lose them too.
      const bytes = encodeWindows1252(text.replace(/\uF0FC/g, ''));
      expect(content(parseDossierBytes(bytes))).toEqual(baseline.get(name));
    });
  }

  for (const name of [BK_PDF, BK_WEB]) {
    it(`${name}: bullets lost`, () => {
      const text = withoutBullets(fixture(name));
      expect(text).not.toContain('•');
      expect(content(parseDossier(text))).toEqual(baseline.get(name));
    });
  }

  it('PDF layout: an extra optional section 1.3 shifts the numbering', () => {
    const text = fixture(BK_PDF)
      .replace('1.5 REFERENTIEKADER', '1.6 REFERENTIEKADER')
      .replace('1.4 BETROKKEN', '1.5 BETROKKEN')
      .replace(
        '1.3 SECTOREN',
        '1.3 EXTRA INFORMATIE\n\nDit is bijkomende informatie.\n\n1.4 SECTOREN',
      );
    const result = parseDossier(text);
    expect(content(result)).toEqual(baseline.get(BK_PDF));
    expect(result.family === 'bk' && result.sectors).toEqual([
      'Overige (PC200 Aanvullend PC bedienden)',
    ]);
  });

  it('web layout: an extra section, tabs and no-break spaces', () => {
    const text = fixture(BK_WEB)
      .replace('Jaar van erkenning', 'Extra informatie\n\nBijkomende\ttekst.\n\nJaar van erkenning')
      .replace('Werkt oplossingsgericht', 'Werkt\u00A0oplossingsgericht');
    expect(content(parseDossier(text))).toEqual(baseline.get(BK_WEB));
  });
});

describe('harder PDF-layout extractions of the same dossier', () => {
  const pdf = fixture(BK_PDF);
  const same = (text: string): ParsedDossier => {
    const result = parseDossier(text);
    expect(content(result)).toEqual(baseline.get(BK_PDF));
    return result;
  };

  it('2.2 lists without "- " markers', () => {
    const at = pdf.indexOf('2.2 BESCHRIJVING');
    same(pdf.slice(0, at) + pdf.slice(at).replace(/^(\s*)- ?/gm, '$1'));
  });

  it('the end of one item and the start or continuation of another on one line', () => {
    same(
      pdf.replace(
        'co-creatie toe    \n \n\n• Kennis van planningstechnieken',
        'co-creatie toe • Kennis van planningstechnieken',
      ),
    );
    const lost = withoutBullets(pdf);
    same(
      lost.replace(
        'co-creatie toe    \n \n\n Kennis van planningstechnieken',
        'co-creatie toe Kennis van planningstechnieken',
      ),
    );
    same(lost.replace('manager \n\n \n\nmondelinge', 'manager  mondelinge'));
  });

  it('repeated table headers and vertical column labels are dropped with a warning', () => {
    const result = same(
      pdf.replace(
        ' 9. Onderhoudt',
        ' Activiteiten Vaardigheden Kenniselementen per activiteitenblok\n12\nCo\ngn\niti\nev\ne\n 9. Onderhoudt',
      ),
    );
    expect(result.warnings.map((w) => w.line)).toEqual([955, 956, 957, 958, 959, 960, 961]);
  });

  it('trailing spaces stripped (tick columns unknown, skill types from 2.2)', () => {
    expect(same(pdf.replace(/ +$/gm, '')).warnings).toEqual([]);
  });

  it('an activity of 2.1 missing from the 2.2 lists is reported with its line', () => {
    const result = parseDossier(pdf.replace(/- Introduceert nieuwe producten *\n/, ''));
    expect(result.warnings).toEqual([
      {
        line: 418,
        message:
          'Activity "Introduceert nieuwe producten" of competency 4 is not in the 2.2 skill lists; skill type cognitive taken from its tick mark.',
      },
    ]);
  });
});

describe('bad input', () => {
  it('empty text and empty bytes', () => {
    expectError(() => parseDossier(''), 'empty');
    expectError(() => parseDossierBytes(new Uint8Array(0)), 'empty');
  });

  it('whitespace only', () => {
    expectError(() => parseDossier(' \n\t\r\n\u00A0 \n'), 'empty');
  });

  it('binary bytes', () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    expectError(() => parseDossierBytes(bytes), 'binary');
    expectError(() => parseDossier('PK\u0003\u0004\u0000\u0000 zip'), 'binary');
  });

  it('a text that is not a dossier', () => {
    const whitepaper = readFileSync(
      resolve(__dirname, '../../test/fixtures/not-a-dossier.txt'),
      'utf8',
    );
    const error = expectError(() => parseDossier(whitepaper), 'not_a_dossier');
    expect(error.message).toMatch(/neither a Flemish BK dossier nor a Dutch MBO/);
  });

  for (const name of [BK_PDF, BK_WEB, MBO]) {
    it(`${name} cut off half-way is truncated`, () => {
      const error = expectError(() => parseDossier(halfOf(fixture(name))), 'truncated');
      expect(error.line).not.toBeNull();
    });
  }

  it('an MBO dossier that stops inside its last work process is truncated', () => {
    const lines = fixture(MBO).split('\n');
    const error = expectError(
      () => parseDossier(lines.slice(0, lines.length - 14).join('\n')),
      'truncated',
    );
    expect(error.message).toMatch(/P6-K3-W6/);
  });

  it('a BK dossier cut inside 2.2 is truncated', () => {
    const text = fixture(BK_PDF);
    expectError(
      () => parseDossier(text.slice(0, text.indexOf('Probleemoplossende vaardigheden'))),
      'truncated',
    );
  });
});

describe('no seed-specific knowledge in the parser', () => {
  const dir = resolve(__dirname);
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => ({ file: f, text: readFileSync(resolve(dir, f), 'utf8') }));
  const forbidden = [
    '0571',
    '0496',
    'Productmanager',
    'Externe sales',
    'Commercie',
    'Commercieel medewerker',
    'accountmanager',
    'groothandel',
    'internationale handel',
    'arbeidsbemiddeling',
    'E-commerce specialist',
    'Basiskennis bedrijfskunde',
    'Logistiek',
    'Samenwerken en overleggen',
    'D140201',
    'customer journey',
    'OP-652',
  ];

  it('scans every parser source', () => {
    expect(sources.length).toBeGreaterThanOrEqual(8);
  });

  for (const word of forbidden) {
    it(`does not contain "${word}"`, () => {
      const hits = sources
        .filter((s) => s.text.toLowerCase().includes(word.toLowerCase()))
        .map((s) => s.file);
      expect(hits).toEqual([]);
    });
  }
});
