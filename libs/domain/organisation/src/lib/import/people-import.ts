import {
  ImportProblemCode,
  type Locale,
  ORGANISATION_IMPORT_MAX_ROWS,
  type OrganisationErrorCode,
} from '@tribeworks/contracts';
import { isIsoDate, overlaps, type Period } from '../dates';
import { fteHundredths, type OrganisationLimits } from '../limits';
import { checkPersonSquads, checkSquadCapacity, checkTribeCapacity } from '../rules';
import type { UnitRef, Violation } from '../violations';
import { type CsvDelimiter, parseCsv } from './csv';
import { type CsvEncoding, decodeCsvBytes } from './decode';
import { importMessages } from './import-messages';

/**
 * The people import: a CSV file with one row per person, read and checked without writing
 * anything. `readPeopleFile` turns bytes into rows (encoding, delimiter, header, the syntax of
 * each field); `checkPeopleImport` resolves the units by name and runs the organisation's
 * rules over the file, counting the rows above a row (a squad of 8 takes one more person from
 * the file, not two). Every problem of every row is reported with its line.
 */

/** The columns, in the documented order. Only name and email are required. */
export const IMPORT_COLUMNS = [
  'name',
  'email',
  'job_title',
  'tribe',
  'chapter',
  'squads',
  'fte',
  'from',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['name', 'email'];

/** Header names accepted per column (compared without case, accents, spaces, `-` and `_`). */
export const IMPORT_COLUMN_ALIASES: Record<ImportColumn, readonly string[]> = {
  name: ['name', 'naam', 'full name', 'volledige naam', 'medewerker'],
  email: ['email', 'e-mail', 'e-mailadres', 'emailadres', 'mail', 'email address'],
  job_title: ['job_title', 'job title', 'functie', 'functienaam', 'title'],
  tribe: ['tribe'],
  chapter: ['chapter'],
  squads: ['squads', 'squad'],
  fte: ['fte'],
  from: ['from', 'vanaf', 'startdatum', 'start date', 'ingangsdatum', 'valid_from'],
};

/** Separator of several squads (and their FTE shares) in one field. */
export const LIST_SEPARATOR = '|';
const MAX_TEXT = { name: 200, email: 320, job_title: 200 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ImportProblem {
  /** Line in the file (the header is line 1; a quoted field may span lines). */
  line: number;
  column: ImportColumn | null;
  code: ImportProblemCode | OrganisationErrorCode;
  messages: Record<Locale, string>;
}

/** One data row as read: the fields' syntax is checked, names are not resolved yet. */
export interface ImportRow {
  line: number;
  name: string;
  email: string;
  jobTitle: string | null;
  tribe: string | null;
  chapter: string | null;
  squads: string[];
  /** One share per squad, in hundredths-safe decimals; null: not given. */
  fte: number[] | null;
  /** YYYY-MM-DD; null: today. Invalid dates are reported and left null. */
  from: string | null;
  /** The row has a date or FTE that could not be read: its rules cannot be checked. */
  unreadable: boolean;
}

export interface ReadImport {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /** The columns found, in file order (null for an ignored column). */
  columns: (ImportColumn | null)[];
  /** Header names that map to no column (kept for the report; their values are ignored). */
  ignoredColumns: string[];
  rows: ImportRow[];
  problems: ImportProblem[];
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.]/g, '');

const ALIAS_INDEX = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) =>
    IMPORT_COLUMN_ALIASES[column].map((alias) => [fold(alias), column] as const),
  ),
);

const problem = (
  line: number,
  column: ImportColumn | null,
  code: ImportProblem['code'],
  params: Record<string, string | number> = {},
): ImportProblem => ({ line, column, code, messages: importMessages(code, params) });

/** Reads the bytes of a CSV file into rows; never throws for bad input. */
export function readPeopleFile(bytes: Uint8Array): ReadImport {
  const { text, encoding } = decodeCsvBytes(bytes);
  const table = parseCsv(text);
  const result: ReadImport = {
    encoding,
    delimiter: table.delimiter,
    columns: [],
    ignoredColumns: [],
    rows: [],
    problems: [],
  };
  const [header, ...records] = table.records;
  const expected = IMPORT_COLUMNS.join(table.delimiter);
  if (!header) {
    result.problems.push(
      problem(1, null, ImportProblemCode.HeaderInvalid, { expected, found: '' }),
    );
    return result;
  }
  const columns = header.fields.map((f) => ALIAS_INDEX.get(fold(f)) ?? null);
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !columns.includes(c));
  const twice = IMPORT_COLUMNS.filter((c) => columns.filter((x) => x === c).length > 1);
  if (missing.length || twice.length) {
    result.problems.push(
      problem(header.line, null, ImportProblemCode.HeaderInvalid, {
        expected,
        found: header.fields.join(table.delimiter),
        missing: missing.join(', '),
        twice: twice.join(', '),
      }),
    );
    return result;
  }
  result.columns = columns;
  result.ignoredColumns = header.fields.filter((_, i) => columns[i] === null && _.trim() !== '');
  if (table.unterminatedQuoteLine !== null) {
    result.problems.push(
      problem(table.unterminatedQuoteLine, null, ImportProblemCode.UnterminatedQuote),
    );
  }
  if (!records.length) {
    result.problems.push(problem(header.line, null, ImportProblemCode.NoRows));
    return result;
  }
  if (records.length > ORGANISATION_IMPORT_MAX_ROWS) {
    result.problems.push(
      problem(records[ORGANISATION_IMPORT_MAX_ROWS]!.line, null, ImportProblemCode.TooManyRows, {
        rows: records.length,
        max: ORGANISATION_IMPORT_MAX_ROWS,
      }),
    );
    return result;
  }
  for (const record of records) {
    const { row, problems } = readRow(record.line, record.fields, columns);
    result.rows.push(row);
    result.problems.push(...problems);
  }
  return result;
}

function readRow(
  line: number,
  fields: string[],
  columns: (ImportColumn | null)[],
): { row: ImportRow; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const value = (column: ImportColumn): string => {
    const index = columns.indexOf(column);
    return index < 0 ? '' : (fields[index] ?? '').trim();
  };
  const extra = fields.slice(columns.length).filter((f) => f.trim() !== '');
  if (extra.length) {
    problems.push(
      problem(line, null, ImportProblemCode.TooManyFields, {
        fields: fields.length,
        columns: columns.length,
      }),
    );
  }
  const text = (column: 'name' | 'email' | 'job_title') => {
    const v = value(column);
    if (v.length > MAX_TEXT[column]) {
      problems.push(
        problem(line, column, ImportProblemCode.ValueTooLong, { max: MAX_TEXT[column] }),
      );
    }
    return v;
  };
  const name = text('name').replace(/\s+/g, ' ');
  if (!name) problems.push(problem(line, 'name', ImportProblemCode.NameMissing));
  const email = text('email').toLowerCase();
  if (!EMAIL.test(email)) {
    problems.push(problem(line, 'email', ImportProblemCode.EmailInvalid, { value: email }));
  }
  const jobTitle = text('job_title') || null;
  const squads = splitList(value('squads'));
  let unreadable = false;

  let fte: number[] | null = null;
  const fteText = value('fte');
  if (fteText) {
    fte = [];
    for (const part of splitList(fteText)) {
      const share = parseFte(part);
      if (share === null) {
        problems.push(problem(line, 'fte', ImportProblemCode.FteInvalid, { value: part }));
        unreadable = true;
      } else fte.push(share);
    }
    if (!unreadable && fte.length !== squads.length) {
      problems.push(
        problem(line, 'fte', ImportProblemCode.FteCountMismatch, {
          shares: fte.length,
          squads: squads.length,
        }),
      );
      unreadable = true;
    }
  }
  let from: string | null = null;
  const fromText = value('from');
  if (fromText) {
    from = parseDate(fromText);
    if (!from) {
      problems.push(problem(line, 'from', ImportProblemCode.DateInvalid, { value: fromText }));
      unreadable = true;
    }
  }
  return {
    row: {
      line,
      name,
      email,
      jobTitle,
      tribe: value('tribe') || null,
      chapter: value('chapter') || null,
      squads,
      fte,
      from,
      unreadable,
    },
    problems,
  };
}

const splitList = (text: string): string[] =>
  text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

/** An FTE share in (0, 1]: `0.8`, `0,8` (decimal comma) or `80%`; at most two decimals. */
export function parseFte(text: string): number | null {
  const percent = text.endsWith('%');
  const body = (percent ? text.slice(0, -1) : text).trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(body)) return null;
  const value = Number(body) / (percent ? 100 : 1);
  if (!(value > 0 && value <= 1) || Math.abs(value * 100 - Math.round(value * 100)) > 1e-9)
    return null;
  return fteHundredths(value) / 100;
}

/** A date as YYYY-MM-DD, or day-month-year as Dutch exports write it (31-12-2025, 31/12/2025, 31.12.2025). */
export function parseDate(text: string): string | null {
  const pad = (n: string) => n.padStart(2, '0');
  let iso: string | null = null;
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (ymd) iso = `${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`;
  else if (dmy) iso = `${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`;
  return iso && isIsoDate(iso) ? iso : null;
}

// Checking against the organisation

export interface ImportUnit {
  id: string;
  name: string;
}
export interface ImportTribeUnit extends ImportUnit {
  tribeId: string;
}

/** A current or future squad or chapter membership already in the database. */
export interface ExistingMembership extends Period {
  personId: string;
  kind: 'squad' | 'chapter';
  tribeId: string;
  squadId: string | null;
}

export interface ImportFacts {
  /** "Today" (UTC): the start of rows without a date. */
  today: string;
  limits: OrganisationLimits;
  tribes: readonly ImportUnit[];
  squads: readonly ImportTribeUnit[];
  chapters: readonly ImportTribeUnit[];
  /** E-mail addresses (lower case) of people already in the organisation. */
  takenEmails: ReadonlySet<string>;
  /** Squad and chapter memberships of the tribes concerned that are current or start later. */
  memberships: readonly ExistingMembership[];
}

/** A person the import will create, with the memberships it will start on `from`. */
export interface PlannedPerson {
  line: number;
  name: string;
  email: string;
  jobTitle: string | null;
  from: string;
  chapter: ImportTribeUnit | null;
  squads: (ImportTribeUnit & { fte: number })[];
}

export interface CheckedImport {
  people: PlannedPerson[];
  /** Every problem, sorted by line. Nothing may be written unless this is empty. */
  problems: ImportProblem[];
  memberships: number;
}

/** Resolves the names and runs the rules over the rows, in file order. */
export function checkPeopleImport(read: ReadImport, facts: ImportFacts): CheckedImport {
  const problems = [...read.problems];
  const people: PlannedPerson[] = [];
  const resolve = unitResolver(facts);
  const firstLine = new Map<string, number>();
  // The state the rules see: what is in the database plus the rows accepted so far.
  const bySquad = groupBy(
    facts.memberships.filter((m) => m.squadId),
    (m) => m.squadId!,
  );
  const byTribe = groupBy(facts.memberships, (m) => m.tribeId);
  const tribeName = new Map(facts.tribes.map((t) => [t.id, t.name]));

  for (const row of read.rows) {
    const add = (column: ImportColumn | null, code: ImportProblem['code'], params = {}) =>
      problems.push(problem(row.line, column, code, params));
    if (row.email) {
      const seen = firstLine.get(row.email);
      if (seen !== undefined)
        add('email', ImportProblemCode.EmailDuplicate, { email: row.email, first: seen });
      else {
        firstLine.set(row.email, row.line);
        if (facts.takenEmails.has(row.email))
          add('email', ImportProblemCode.EmailTaken, { email: row.email });
      }
    }
    let tribe: ImportUnit | null = null;
    if (row.tribe) {
      tribe = resolve.tribe(row.tribe);
      if (!tribe) add('tribe', ImportProblemCode.TribeUnknown, { name: row.tribe });
    }
    const scoped = row.tribe === null || tribe !== null;
    let chapter: ImportTribeUnit | null = null;
    if (row.chapter && scoped) {
      const found = resolve.inTribe(facts.chapters, row.chapter, tribe);
      if (found.kind === 'one') chapter = found.unit;
      else
        add(
          'chapter',
          found.kind === 'none'
            ? ImportProblemCode.ChapterUnknown
            : ImportProblemCode.ChapterAmbiguous,
          { name: row.chapter, tribe: tribe?.name ?? '' },
        );
    }
    const squads: PlannedPerson['squads'] = [];
    const defaultFte = fteHundredths(1 / Math.max(row.squads.length, 1)) / 100;
    row.squads.forEach((name, i) => {
      if (!scoped) return;
      const found = resolve.inTribe(facts.squads, name, tribe);
      if (found.kind !== 'one') {
        add(
          'squads',
          found.kind === 'none' ? ImportProblemCode.SquadUnknown : ImportProblemCode.SquadAmbiguous,
          { name, tribe: tribe?.name ?? '' },
        );
      } else if (squads.some((s) => s.id === found.unit.id)) {
        add('squads', ImportProblemCode.SquadRepeated, { name });
      } else squads.push({ ...found.unit, fte: row.fte?.[i] ?? defaultFte });
    });

    const from = row.from ?? facts.today;
    const planned: PlannedPerson = {
      line: row.line,
      name: row.name,
      email: row.email,
      jobTitle: row.jobTitle,
      from,
      chapter,
      squads,
    };
    people.push(planned);
    if (row.unreadable) continue;

    // The rules, as the membership service runs them for one person at a time.
    const personId = `line:${row.line}`;
    const person: UnitRef = { type: 'person', id: personId, name: row.name || row.email };
    const period: Period = { from, until: null };
    const refused: Violation[] = [];
    const mine: (Period & { fte: number })[] = [];
    for (const squad of squads) {
      const squadRef: UnitRef = { type: 'squad', id: squad.id, name: squad.name };
      const v =
        checkPersonSquads({
          person,
          maxSquads: facts.limits.maxSquadsPerPerson,
          maxFte: facts.limits.maxFtePerPerson,
          period,
          fte: squad.fte,
          squads: mine,
        }) ??
        checkSquadCapacity({
          squad: squadRef,
          limit: facts.limits.maxSquadMembers,
          period,
          members: (bySquad.get(squad.id) ?? []).filter((m) => overlaps(m, period)),
        });
      if (v) refused.push(v);
      mine.push({ ...period, fte: squad.fte });
    }
    const tribes = new Set([chapter?.tribeId, ...squads.map((s) => s.tribeId)].filter(Boolean));
    for (const tribeId of tribes as Set<string>) {
      const v = checkTribeCapacity({
        tribe: { type: 'tribe', id: tribeId, name: tribeName.get(tribeId) ?? '' },
        limit: facts.limits.maxTribePeople,
        period,
        personId,
        memberships: (byTribe.get(tribeId) ?? []).filter((m) => overlaps(m, period)),
      });
      if (v) refused.push(v);
    }
    for (const v of refused) {
      problems.push({
        line: row.line,
        column: v.unit.type === 'tribe' ? (row.tribe ? 'tribe' : null) : 'squads',
        code: v.code,
        messages: v.messages,
      });
    }
    if (refused.length) continue;
    // Accepted: later rows count this person.
    const push = <K>(map: Map<K, ExistingMembership[]>, key: K, m: ExistingMembership) => {
      const list = map.get(key);
      if (list) list.push(m);
      else map.set(key, [m]);
    };
    for (const squad of squads) {
      const m: ExistingMembership = {
        ...period,
        personId,
        kind: 'squad',
        tribeId: squad.tribeId,
        squadId: squad.id,
      };
      push(bySquad, squad.id, m);
      push(byTribe, squad.tribeId, m);
    }
    if (chapter) {
      push(byTribe, chapter.tribeId, {
        ...period,
        personId,
        kind: 'chapter',
        tribeId: chapter.tribeId,
        squadId: null,
      });
    }
  }
  const rank = (p: ImportProblem) => (p.column === null ? -1 : IMPORT_COLUMNS.indexOf(p.column));
  problems.sort((a, b) => a.line - b.line || rank(a) - rank(b));
  return {
    people,
    problems,
    memberships: people.reduce((n, p) => n + p.squads.length + (p.chapter ? 1 : 0), 0),
  };
}

/** The names a file refers to, so that the caller loads only those facts. */
export function referencedEmails(read: ReadImport): string[] {
  return [...new Set(read.rows.map((r) => r.email).filter(Boolean))];
}

function unitResolver(facts: ImportFacts) {
  const key = (name: string) => name.trim().toLowerCase();
  const tribes = new Map(facts.tribes.map((t) => [key(t.name), t]));
  const indexes = new Map<readonly ImportTribeUnit[], Map<string, ImportTribeUnit[]>>();
  const index = (units: readonly ImportTribeUnit[]) => {
    let byName = indexes.get(units);
    if (!byName) indexes.set(units, (byName = groupBy(units, (u) => key(u.name))));
    return byName;
  };
  return {
    tribe: (name: string) => tribes.get(key(name)) ?? null,
    inTribe(
      units: readonly ImportTribeUnit[],
      name: string,
      tribe: ImportUnit | null,
    ): { kind: 'one'; unit: ImportTribeUnit } | { kind: 'none' | 'many' } {
      const found = (index(units).get(key(name)) ?? []).filter(
        (u) => !tribe || u.tribeId === tribe.id,
      );
      if (found.length === 1) return { kind: 'one', unit: found[0]! };
      return { kind: found.length ? 'many' : 'none' };
    },
  };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}
