import { ImportProblemCode, OrganisationErrorCode } from '@tribeworks/contracts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../limits';
import { detectDelimiter, parseCsv } from './csv';
import { decodeCsvBytes, encodeWindows1252 } from './decode';
import {
  checkPeopleImport,
  type ExistingMembership,
  type ImportFacts,
  parseDate,
  parseFte,
  readPeopleFile,
} from './people-import';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('CSV reading', () => {
  it('detects ; and , and tab from the header line, ignoring quoted delimiters', () => {
    expect(detectDelimiter('naam;e-mail;functie\n')).toBe(';');
    expect(detectDelimiter('name,email,job_title\r\n')).toBe(',');
    expect(detectDelimiter('"a;b;c",email\n')).toBe(',');
    expect(detectDelimiter('name\temail\n')).toBe('\t');
    expect(detectDelimiter('name\n')).toBe(';');
  });

  it('reads quoted fields with doubled quotes, delimiters and line breaks, and keeps line numbers', () => {
    const table = parseCsv(
      'name;note\r\n"De Vries; Jan";"zegt ""hoi""\r\nen dag"\r\n\r\nPiet;x\r\n;;\r\n',
    );
    expect(table.records).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['De Vries; Jan', 'zegt "hoi"\nen dag'] },
      { line: 5, fields: ['Piet', 'x'] },
    ]);
    expect(table.unterminatedQuoteLine).toBeNull();
  });

  it('handles CR-only line ends, a missing final newline and an unterminated quote', () => {
    expect(parseCsv('a;b\rc;d').records.map((r) => r.line)).toEqual([1, 2]);
    expect(parseCsv('a;b\nc;"d\n').unterminatedQuoteLine).toBe(2);
  });

  it('decodes UTF-8 with and without BOM, and Windows-1252 with the 0x80–0x9F range', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hélène')]))).toEqual({
      text: 'Hélène',
      encoding: 'utf-8',
      bom: true,
    });
    const cp = encodeWindows1252('Hélène Dubois – € “Zoë”');
    expect(cp).toContain(0xe9);
    expect(cp).toContain(0x80);
    expect(decodeCsvBytes(cp)).toEqual({
      text: 'Hélène Dubois – € “Zoë”',
      encoding: 'windows-1252',
      bom: false,
    });
  });
});

describe('fields', () => {
  it('reads FTE shares with a decimal point, a decimal comma or a percentage', () => {
    expect(parseFte('0.8')).toBe(0.8);
    expect(parseFte('0,5')).toBe(0.5);
    expect(parseFte('80%')).toBe(0.8);
    expect(parseFte('1')).toBe(1);
    for (const bad of ['0', '1.2', '-0.5', 'veel', '0.333']) expect(parseFte(bad)).toBeNull();
  });

  it('reads ISO and Dutch day-month-year dates, and refuses impossible ones', () => {
    expect(parseDate('2025-03-01')).toBe('2025-03-01');
    expect(parseDate('1-3-2025')).toBe('2025-03-01');
    expect(parseDate('01/03/2025')).toBe('2025-03-01');
    expect(parseDate('31.12.2025')).toBe('2025-12-31');
    for (const bad of ['2025-02-30', '32-01-2025', '03/01/25', 'gisteren'])
      expect(parseDate(bad)).toBeNull();
  });
});

describe('header', () => {
  it('accepts Dutch aliases, any case and order, and ignores unknown columns', () => {
    const read = readPeopleFile(
      utf8(
        'Personeelsnummer;Naam;E-mail;Functie;Chapter;Squads;FTE;Vanaf\n12;Ann;ann@x.nl;PO;A;s;1;1-2-2025\n',
      ),
    );
    expect(read.problems).toEqual([]);
    expect(read.ignoredColumns).toEqual(['Personeelsnummer']);
    expect(read.rows[0]).toMatchObject({
      line: 2,
      name: 'Ann',
      email: 'ann@x.nl',
      jobTitle: 'PO',
      chapter: 'A',
      squads: ['s'],
      fte: [1],
      from: '2025-02-01',
    });
  });

  it('answers a wrong header with one problem that names the expected columns', () => {
    const read = readPeopleFile(utf8('voornaam;achternaam;afdeling\nAnn;Jansen;IT\nBob;Bos;HR\n'));
    expect(read.rows).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ line: 1, code: ImportProblemCode.HeaderInvalid });
    expect(read.problems[0]!.messages.en).toContain(
      'name;email;job_title;tribe;chapter;squads;fte;from',
    );
    expect(read.problems[0]!.messages.en).toContain('missing: name, email');
  });
});

// The organisation the checks run against: one tribe with a squad of 8, a full squad and two chapters.
const T = { id: 't1', name: 'Hypotheek' };
const T2 = { id: 't2', name: 'Betalen' };
const facts = (over: Partial<ImportFacts> = {}): ImportFacts => ({
  today: '2025-06-01',
  limits: { ...DEFAULT_LIMITS },
  tribes: [T, T2],
  squads: [
    { id: 's1', name: 'hypotheek-app', tribeId: 't1' },
    { id: 's2', name: 'oversluiten', tribeId: 't1' },
    { id: 's3', name: 'vol', tribeId: 't1' },
    { id: 's4', name: 'app', tribeId: 't1' },
    { id: 's5', name: 'app', tribeId: 't2' },
  ],
  chapters: [
    { id: 'c1', name: 'Ontwikkeling', tribeId: 't1' },
    { id: 'c2', name: 'Producten', tribeId: 't1' },
    { id: 'c3', name: 'Ontwikkeling', tribeId: 't2' },
  ],
  takenEmails: new Set(['bestaand@bank.nl']),
  memberships: [
    ...seats('s1', 8, '2024-01-01'),
    ...seats('s3', 9, '2024-01-01'),
    // Left yesterday: does not count.
    { ...seat('s1', 'gone', '2024-01-01'), until: '2025-05-31' },
  ],
  ...over,
});
function seat(squadId: string, personId: string, from: string): ExistingMembership {
  return { personId, kind: 'squad', tribeId: 't1', squadId, from, until: null };
}
function seats(squadId: string, n: number, from: string): ExistingMembership[] {
  return Array.from({ length: n }, (_, i) => seat(squadId, `${squadId}-p${i}`, from));
}
const check = (csv: string, over: Partial<ImportFacts> = {}) =>
  checkPeopleImport(readPeopleFile(utf8(csv)), facts(over));
const codes = (result: { problems: { line: number; code: string }[] }) =>
  result.problems.map((p) => `${p.line}:${p.code}`);

const HEADER = 'name;email;job_title;tribe;chapter;squads;fte;from\n';

describe('checking a file against the organisation', () => {
  it('plans a clean file: people with their chapter and squads, default FTE and start', () => {
    const result = check(
      `${HEADER}Hélène Dubois;Helene@Bank.nl;Developer;Hypotheek;Ontwikkeling;hypotheek-app;;2025-07-01\n` +
        `Jan Jansen;jan@bank.nl;;Hypotheek;Producten;oversluiten|app;;\n` +
        `Piet Bos;piet@bank.nl;;Betalen;Ontwikkeling;app;0,6;\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.memberships).toBe(7);
    expect(result.people).toEqual([
      {
        line: 2,
        name: 'Hélène Dubois',
        email: 'helene@bank.nl',
        jobTitle: 'Developer',
        from: '2025-07-01',
        chapter: { id: 'c1', name: 'Ontwikkeling', tribeId: 't1' },
        squads: [{ id: 's1', name: 'hypotheek-app', tribeId: 't1', fte: 1 }],
      },
      expect.objectContaining({
        line: 3,
        from: '2025-06-01',
        chapter: expect.objectContaining({ id: 'c2' }),
        squads: [
          expect.objectContaining({ id: 's2', fte: 0.5 }),
          expect.objectContaining({ id: 's4', fte: 0.5 }),
        ],
      }),
      expect.objectContaining({
        line: 4,
        chapter: expect.objectContaining({ id: 'c3' }),
        squads: [expect.objectContaining({ id: 's5', fte: 0.6 })],
      }),
    ]);
  });

  it('reports every problem of every row with its line and column', () => {
    const result = check(
      HEADER +
        'Ann;ann@bank.nl;;;Marketing;;;\n' + // 2 unknown chapter
        'Bob;bestaand@bank.nl;;;;;;\n' + // 3 taken
        'Cas;ann@bank.nl;;;;;;31-02-2025\n' + // 4 duplicate, bad date
        ';geen-mail;;;;;;\n' + // 5 name, e-mail
        'Dirk;dirk@bank.nl;;;Ontwikkeling;app;;\n' + // 6 ambiguous chapter and squad
        'Eva;eva@bank.nl;;Nergens;Producten;oversluiten;;\n' + // 7 unknown tribe
        'Fay;fay@bank.nl;;;;oversluiten|hypotheek-app;0.6|0.6;\n' + // 8 FTE sum
        'Gijs;gijs@bank.nl;;;;oversluiten|hypotheek-app|vol;0.3|0.3|0.3;\n' + // 9 three squads
        'Hans;hans@bank.nl;;;;oversluiten;1.5;\n' + // 10 FTE out of range
        'Ida;ida@bank.nl;;;;oversluiten|onbekend;;\n' + // 11 unknown squad
        'Jip;jip@bank.nl;;;;vol;;\n', // 12 squad full
    );
    expect(codes(result)).toEqual([
      '2:chapter_unknown',
      '3:email_taken',
      '4:email_duplicate',
      '4:date_invalid',
      '5:name_missing',
      '5:email_invalid',
      '6:chapter_ambiguous',
      '6:squad_ambiguous',
      '7:tribe_unknown',
      '8:fte_exceeded',
      '9:too_many_squads',
      '10:fte_invalid',
      '11:squad_unknown',
      '12:squad_full',
    ]);
    const byLine = (line: number) => result.problems.filter((p) => p.line === line);
    expect(byLine(2)[0]).toMatchObject({ column: 'chapter' });
    expect(byLine(2)[0]!.messages.en).toBe("Unknown chapter 'Marketing'");
    expect(byLine(4)[0]!.messages.nl).toBe('E-mailadres ann@bank.nl staat ook op regel 2');
    expect(byLine(4)[1]).toMatchObject({ column: 'from' });
    expect(byLine(9)[0]!.messages.en).toBe('Gijs already works in 2 squads (limit 2)');
    expect(byLine(12)[0]!.messages.en).toBe("Squad 'vol' already has 9 members (limit 9)");
  });

  it('counts the rows above against the squad limit: a squad of 8 takes one more person, not two', () => {
    const result = check(
      HEADER +
        'Ann;ann@bank.nl;;;;hypotheek-app;;\n' +
        'Bob;bob@bank.nl;;;;hypotheek-app;;\n' +
        'Cas;cas@bank.nl;;;;hypotheek-app;;\n',
    );
    expect(codes(result)).toEqual(['3:squad_full', '4:squad_full']);
    expect(result.problems[0]!.messages.en).toBe(
      "Squad 'hypotheek-app' already has 9 members (limit 9)",
    );
  });

  it('counts a future member on the days they are in, and not one who has left', () => {
    const future = [...seats('s2', 8, '2025-09-01')];
    // Before September there is room; from September on there is not.
    expect(
      codes(
        check(`${HEADER}Ann;ann@bank.nl;;;;oversluiten;;2025-07-01\n`, {
          memberships: [...future, seat('s2', 'x', '2025-09-01')],
        }),
      ),
    ).toEqual(['2:squad_full']);
    expect(
      codes(
        check(`${HEADER}Ann;ann@bank.nl;;;;oversluiten;;2025-07-01\n`, { memberships: future }),
      ),
    ).toEqual([]);
  });

  it('refuses the person beyond the tribe limit, counting people in its chapters too', () => {
    const result = check(
      HEADER + 'Ann;ann@bank.nl;;;Producten;;;\n' + 'Bob;bob@bank.nl;;;Producten;;;\n',
      { limits: { ...DEFAULT_LIMITS, maxTribePeople: 18 } },
    );
    // 8 + 9 people in tribe Hypotheek: Ann is the 18th, Bob the 19th.
    expect(codes(result)).toEqual(['3:tribe_full']);
    expect(result.problems[0]!.messages.en).toBe(
      "Tribe 'Hypotheek' already has 18 people (limit 18)",
    );
  });

  it('reports rule codes from the organisation contract', () => {
    const result = check(`${HEADER}Ann;ann@bank.nl;;;;vol;;\n`);
    expect(result.problems[0]!.code).toBe(OrganisationErrorCode.SquadFull);
  });

  it('reads a Windows-1252, comma-separated file the same as a UTF-8, semicolon one', () => {
    const rows = [
      [
        'Hélène Dubois',
        'helene@bank.nl',
        'Ontwikkelaar – back-end',
        'Hypotheek',
        'Ontwikkeling',
        'hypotheek-app',
        '0,8',
        '01-07-2025',
      ],
      ['Zoë Peeters', 'zoe@bank.nl', '', '', 'Producten', 'oversluiten', '', ''],
    ];
    const quote = (f: string) => (/[,;"]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    const semicolon = `${HEADER}${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
    const comma = `${HEADER.replace(/;/g, ',')}${rows.map((r) => r.map(quote).join(',')).join('\n')}`;
    const a = checkPeopleImport(readPeopleFile(utf8(semicolon)), facts());
    const readB = readPeopleFile(encodeWindows1252(comma));
    expect(readB).toMatchObject({ encoding: 'windows-1252', delimiter: ',' });
    const b = checkPeopleImport(readB, facts());
    expect(a.problems).toEqual([]);
    expect(b).toEqual(a);
    expect(b.people[0]).toMatchObject({
      name: 'Hélène Dubois',
      jobTitle: 'Ontwikkelaar – back-end',
    });
  });
});
