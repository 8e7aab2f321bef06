import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  currentContext,
  diffFields,
  DomainError,
  JobQueues,
  NotFoundError,
} from '@tribeworks/api-core';
import {
  JobName,
  type Locale,
  ORGANISATION_IMPORT_MAX_BYTES,
  ORGANISATION_IMPORT_SYNC_ROWS,
  type OrganisationImportMode,
  OrganisationImportErrorCode,
  type OrganisationImportResult,
  type QueueName,
} from '@tribeworks/contracts';
import {
  checkPeopleImport,
  type CheckedImport,
  type ExistingMembership,
  type ImportFacts,
  type ImportProblem,
  type PlannedPerson,
  readPeopleFile,
  type ReadImport,
  referencedEmails,
} from '@tribeworks/organisation';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  EnqueuedOrganisationImportDto,
  ImportProblemDto,
  OrganisationImportDto,
  OrganisationImportReportDto,
} from './dto/import.dto';
import { OrganisationImport } from './organisation-import.entity';
import { Organisation } from './organisation.entity';
import { lockRows, type LockTable, today } from './support';

export interface UploadedCsv {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface ImportJobContext {
  attempt: number;
  maxAttempts: number;
  reportProgress(percent: number): Promise<void>;
}

/** A request the import refuses as a whole (no file, an empty file, an unknown organisation). */
export class OrganisationImportRefusedError extends DomainError {}

/** The file has problems: 422 with the report (every problem with its line) as `details`. */
export class ImportRejectedError extends DomainError {
  constructor(
    readonly report: Omit<OrganisationImportReportDto, 'problems'>,
    readonly problems: ImportProblem[],
    locale: Locale,
  ) {
    super(
      OrganisationImportErrorCode.ImportRejected,
      locale === 'nl'
        ? `Het bestand heeft ${problems.length} probleem/problemen; er is niets geïmporteerd`
        : `The file has ${problems.length} problem(s); nothing was imported`,
      422,
      { ...report, problems: problemDtos(problems, locale) },
    );
  }
}

export function problemDtos(problems: ImportProblem[], locale: Locale): ImportProblemDto[] {
  return problems.map((p) => ({
    line: p.line,
    column: p.column,
    code: p.code,
    message: p.messages[locale],
  }));
}

const importNotFound = (id: string) =>
  new NotFoundError(OrganisationImportErrorCode.ImportNotFound, `No people import ${id}`);

/** Rows per multi-row INSERT (well under PostgreSQL's 65,535 parameters: arrays are one each). */
const CHUNK = 250;

/**
 * The people import (CSV). Reading and the rules are pure (libs/domain/organisation); this
 * service loads the facts they need, and writes a clean file in ONE transaction that first
 * locks, FOR UPDATE and in the services' fixed order, every tribe, squad and chapter the file
 * names: a concurrent membership change in one of them waits, and the counts the rules
 * check cannot move before the commit. A file with any problem writes nothing. Files of more
 * than ORGANISATION_IMPORT_SYNC_ROWS rows are committed by a job, with progress.
 */
@Injectable()
export class OrganisationImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
  ) {}

  async upload(
    file: UploadedCsv | undefined,
    organisationId: string,
    mode: OrganisationImportMode,
    locale: Locale,
    requester: { id: string; email: string } | null,
  ): Promise<
    | { status: 200; body: OrganisationImportReportDto }
    | { status: 202; body: EnqueuedOrganisationImportDto }
  > {
    if (!file) {
      throw new OrganisationImportRefusedError(
        OrganisationImportErrorCode.FileMissing,
        'No file: send the CSV as the multipart field "file"',
        400,
        { fields: [{ field: 'file', problems: ['file is required'] }] },
      );
    }
    if (file.size === 0 || file.buffer.length === 0) {
      throw new OrganisationImportRefusedError(
        OrganisationImportErrorCode.FileEmpty,
        'The file is empty (0 bytes)',
        400,
        { fields: [{ field: 'file', problems: ['file is empty'] }] },
      );
    }
    if (file.buffer.length > ORGANISATION_IMPORT_MAX_BYTES) {
      throw new OrganisationImportRefusedError(
        'payload_too_large',
        `The file is larger than ${ORGANISATION_IMPORT_MAX_BYTES / 1024 / 1024} MB`,
        413,
      );
    }
    const org = await this.dataSource.manager.findOneBy(Organisation, { id: organisationId });
    if (!org) {
      throw new OrganisationImportRefusedError(
        OrganisationImportErrorCode.OrganisationNotFound,
        `No organisation with id ${organisationId}`,
        404,
      );
    }
    const read = readPeopleFile(file.buffer);

    if (mode === 'dry-run' || read.rows.length > ORGANISATION_IMPORT_SYNC_ROWS) {
      // Without locks: a dry run, or the check before a large file is queued.
      const checked = await this.check(this.dataSource.manager, org, read);
      const report = reportOf(mode, null, false, read, checked);
      if (mode === 'dry-run')
        return {
          status: 200,
          body: { ...report, problems: problemDtos(checked.problems, locale) },
        };
      if (checked.problems.length) throw new ImportRejectedError(report, checked.problems, locale);
      return { status: 202, body: await this.enqueue(org.id, file, read.rows.length, requester) };
    }

    const importId = randomUUID();
    const outcome = await this.dataSource.transaction(async (m) => {
      const checked = await this.checkLocked(m, org, read);
      if (checked.problems.length) return { checked, written: false };
      await this.write(m, org.id, checked.people);
      await m.insert(OrganisationImport, {
        ...this.record(importId, org.id, file, read.rows.length, requester),
        content: null,
        state: 'completed',
        progress: 100,
        people: checked.people.length,
        memberships: checked.memberships,
        attempts: 1,
        startedAt: new Date(),
        finishedAt: new Date(),
      });
      return { checked, written: true };
    });
    const report = reportOf(
      mode,
      outcome.written ? importId : null,
      outcome.written,
      read,
      outcome.checked,
    );
    if (!outcome.written) throw new ImportRejectedError(report, outcome.checked.problems, locale);
    return { status: 200, body: { ...report, problems: [] } };
  }

  async status(id: string, locale: Locale): Promise<OrganisationImportDto> {
    const row = await this.dataSource.getRepository(OrganisationImport).findOneBy({ id });
    if (!row) throw importNotFound(id);
    return {
      id: row.id,
      organisationId: row.organisationId,
      state: row.state,
      progress: row.progress,
      fileName: row.fileName,
      rows: row.rows,
      people: row.people,
      memberships: row.memberships,
      problems: problemDtos(row.problems, locale),
      errorCode: row.errorCode,
      errorMessage: row.errorMessage,
      attempts: row.attempts,
      createdAt: row.createdAt.toISOString(),
      startedAt: row.startedAt?.toISOString() ?? null,
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  }

  /**
   * The job: the same all-or-nothing transaction as a small commit, with progress. Idempotent:
   * a completed import returns its outcome; a retry after a crash finds nothing written (the
   * transaction rolled back). Throws ImportRejectedError when the file no longer passes (the
   * organisation changed since the upload): no retry can help.
   */
  async runImport(importId: string, ctx: ImportJobContext): Promise<OrganisationImportResult> {
    const imports = this.dataSource.getRepository(OrganisationImport);
    const row = await imports
      .createQueryBuilder('i')
      .addSelect('i.content')
      .where('i.id = :importId', { importId })
      .getOne();
    if (!row) throw importNotFound(importId);
    if (row.state === 'completed') {
      return { importId, people: row.people, memberships: row.memberships };
    }
    if (!row.content) throw importNotFound(importId);
    await imports.update(
      { id: importId },
      {
        state: 'running',
        progress: 1,
        attempts: ctx.attempt,
        startedAt: new Date(),
        errorCode: null,
        errorMessage: null,
      },
    );
    await ctx.reportProgress(1);
    // Progress goes to the row outside the transaction, so GET /imports/:id sees it move.
    const progress = async (percent: number) => {
      await imports.update({ id: importId }, { progress: percent });
      await ctx.reportProgress(percent);
    };
    try {
      const org = await this.dataSource.manager.findOneByOrFail(Organisation, {
        id: row.organisationId,
      });
      const read = readPeopleFile(row.content);
      const result = await this.dataSource.transaction(async (m) => {
        const checked = await this.checkLocked(m, org, read);
        if (checked.problems.length) {
          throw new ImportRejectedError(
            reportOf('commit', importId, false, read, checked),
            checked.problems,
            'en',
          );
        }
        await progress(10);
        await this.write(m, org.id, checked.people, (done) =>
          progress(10 + Math.floor((done / checked.people.length) * 89)),
        );
        await m.update(
          OrganisationImport,
          { id: importId },
          {
            state: 'completed',
            progress: 100,
            people: checked.people.length,
            memberships: checked.memberships,
            content: null,
            finishedAt: new Date(),
          },
        );
        return { importId, people: checked.people.length, memberships: checked.memberships };
      });
      await ctx.reportProgress(100);
      return result;
    } catch (error) {
      const permanent = error instanceof ImportRejectedError;
      const last = permanent || ctx.attempt >= ctx.maxAttempts;
      await imports.update(
        { id: importId },
        {
          state: last ? 'failed' : 'queued',
          problems: permanent ? error.problems : [],
          errorCode: permanent ? error.code : OrganisationImportErrorCode.ImportFailed,
          errorMessage: permanent
            ? error.message
            : `Attempt ${ctx.attempt} of ${ctx.maxAttempts} failed: ${(error as Error).message}`,
          finishedAt: last ? new Date() : null,
        },
      );
      throw error;
    }
  }

  // Checking

  /** Checks with locks held: resolves the units, locks them, then reads the counts. */
  private async checkLocked(
    m: EntityManager,
    org: Organisation,
    read: ReadImport,
  ): Promise<CheckedImport> {
    const units = await this.units(m, org.id);
    const draft = checkPeopleImport(read, { ...this.emptyFacts(org), ...units });
    const locks: { table: LockTable; id: string }[] = [];
    for (const p of draft.people) {
      if (p.chapter)
        locks.push(
          { table: 'chapter', id: p.chapter.id },
          { table: 'tribe', id: p.chapter.tribeId },
        );
      for (const s of p.squads)
        locks.push({ table: 'squad', id: s.id }, { table: 'tribe', id: s.tribeId });
    }
    await lockRows(m, locks);
    return this.check(m, org, read, units);
  }

  private async check(
    m: EntityManager,
    org: Organisation,
    read: ReadImport,
    known?: Pick<ImportFacts, 'tribes' | 'squads' | 'chapters'>,
  ): Promise<CheckedImport> {
    const units = known ?? (await this.units(m, org.id));
    const facts: ImportFacts = { ...this.emptyFacts(org), ...units };
    const draft = checkPeopleImport(read, facts);
    const tribeIds = new Set<string>();
    let earliest = facts.today;
    for (const p of draft.people) {
      if (p.chapter) tribeIds.add(p.chapter.tribeId);
      for (const s of p.squads) tribeIds.add(s.tribeId);
      if (p.from < earliest) earliest = p.from;
    }
    const emails = referencedEmails(read);
    // One after the other: inside a transaction they share one connection.
    const taken = emails.length
      ? await m.query<{ email: string }[]>(
          `SELECT email FROM person WHERE organisation_id = $1 AND email = ANY($2::text[])`,
          [org.id, emails],
        )
      : [];
    const memberships = tribeIds.size
      ? await m.query<ExistingMembership[]>(
          `SELECT person_id AS "personId", kind, tribe_id AS "tribeId", squad_id AS "squadId",
                    valid_from::text AS "from", valid_until::text AS "until"
               FROM membership
              WHERE tribe_id = ANY($1::uuid[]) AND (valid_until IS NULL OR valid_until > $2::date)`,
          [[...tribeIds], earliest],
        )
      : [];
    return checkPeopleImport(read, {
      ...facts,
      takenEmails: new Set(taken.map((t) => t.email)),
      memberships,
    });
  }

  private emptyFacts(org: Organisation): ImportFacts {
    return {
      today: today(),
      limits: {
        maxSquadMembers: org.maxSquadMembers,
        maxTribePeople: org.maxTribePeople,
        maxSquadsPerPerson: org.maxSquadsPerPerson,
        maxFtePerPerson: org.maxFtePerPerson,
      },
      tribes: [],
      squads: [],
      chapters: [],
      takenEmails: new Set(),
      memberships: [],
    };
  }

  private async units(m: EntityManager, organisationId: string) {
    const tribes = await m.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM tribe WHERE organisation_id = $1`,
      [organisationId],
    );
    const squads = await m.query<{ id: string; name: string; tribeId: string }[]>(
      `SELECT s.id, s.name, s.tribe_id AS "tribeId" FROM squad s JOIN tribe t ON t.id = s.tribe_id WHERE t.organisation_id = $1`,
      [organisationId],
    );
    const chapters = await m.query<{ id: string; name: string; tribeId: string }[]>(
      `SELECT c.id, c.name, c.tribe_id AS "tribeId" FROM chapter c JOIN tribe t ON t.id = c.tribe_id WHERE t.organisation_id = $1`,
      [organisationId],
    );
    return { tribes, squads, chapters };
  }

  // Writing

  /**
   * People, their memberships and one audit row each, with multi-row inserts (unnest of
   * arrays: one parameter per column whatever the chunk size).
   */
  private async write(
    m: EntityManager,
    organisationId: string,
    people: PlannedPerson[],
    onChunk?: (done: number) => Promise<void>,
  ): Promise<void> {
    const context = currentContext();
    const audit = {
      users: [] as (string | null)[],
      types: [] as string[],
      ids: [] as string[],
      changes: [] as string[],
    };
    for (let start = 0; start < people.length; start += CHUNK) {
      const chunk = people.slice(start, start + CHUNK);
      const ids = chunk.map(() => randomUUID());
      await m.query(
        `INSERT INTO person (id, organisation_id, name, email, job_title, version)
         SELECT id, $1::uuid, name, email, job_title, 1
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS t(id, name, email, job_title)`,
        [
          organisationId,
          ids,
          chunk.map((p) => p.name),
          chunk.map((p) => p.email),
          chunk.map((p) => p.jobTitle),
        ],
      );
      const rows: {
        id: string;
        personId: string;
        kind: 'squad' | 'chapter';
        tribeId: string;
        squadId: string | null;
        chapterId: string | null;
        from: string;
        fte: number | null;
      }[] = [];
      chunk.forEach((p, i) => {
        const personId = ids[i]!;
        for (const s of p.squads)
          rows.push({
            id: randomUUID(),
            personId,
            kind: 'squad',
            tribeId: s.tribeId,
            squadId: s.id,
            chapterId: null,
            from: p.from,
            fte: s.fte,
          });
        if (p.chapter)
          rows.push({
            id: randomUUID(),
            personId,
            kind: 'chapter',
            tribeId: p.chapter.tribeId,
            squadId: null,
            chapterId: p.chapter.id,
            from: p.from,
            fte: null,
          });
        audit.types.push('Person');
        audit.ids.push(personId);
        audit.changes.push(
          JSON.stringify(
            diffFields(
              {},
              { organisationId, name: p.name, email: p.email, jobTitle: p.jobTitle, userId: null },
            ),
          ),
        );
      });
      if (rows.length) {
        await m.query(
          `INSERT INTO membership (id, person_id, kind, tribe_id, squad_id, chapter_id, valid_from, fte, version)
           SELECT id, person_id, kind, tribe_id, squad_id, chapter_id, valid_from, fte, 1
             FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::date[], $8::numeric[])
                  AS t(id, person_id, kind, tribe_id, squad_id, chapter_id, valid_from, fte)`,
          [
            rows.map((r) => r.id),
            rows.map((r) => r.personId),
            rows.map((r) => r.kind),
            rows.map((r) => r.tribeId),
            rows.map((r) => r.squadId),
            rows.map((r) => r.chapterId),
            rows.map((r) => r.from),
            rows.map((r) => r.fte),
          ],
        );
      }
      for (const r of rows) {
        audit.types.push('Membership');
        audit.ids.push(r.id);
        audit.changes.push(
          JSON.stringify(
            diffFields(
              {},
              {
                personId: r.personId,
                kind: r.kind,
                tribeId: r.tribeId,
                squadId: r.squadId,
                chapterId: r.chapterId,
                guildId: null,
                departmentId: null,
                validFrom: r.from,
                validUntil: null,
                fte: r.fte,
              },
            ),
          ),
        );
      }
      await m.query(
        `INSERT INTO audit_log (actor_user_id, actor_email, action, entity_type, entity_id, changes, request_id, ip)
         SELECT $1::uuid, $2, 'create', entity_type, entity_id, changes, $3, $4
           FROM unnest($5::text[], $6::text[], $7::jsonb[]) AS t(entity_type, entity_id, changes)`,
        [
          context.userId ?? null,
          context.userEmail ?? null,
          context.requestId ?? null,
          context.ip ?? null,
          audit.types,
          audit.ids,
          audit.changes,
        ],
      );
      audit.types.length = 0;
      audit.ids.length = 0;
      audit.changes.length = 0;
      await onChunk?.(Math.min(start + CHUNK, people.length));
    }
  }

  private record(
    id: string,
    organisationId: string,
    file: UploadedCsv,
    rows: number,
    requester: { id: string; email: string } | null,
  ) {
    return {
      id,
      organisationId,
      fileName: safeFileName(file.originalname),
      rows,
      people: 0,
      memberships: 0,
      problems: [],
      requestedBy: requester?.id ?? null,
      requestedByEmail: requester?.email ?? null,
    };
  }

  private async enqueue(
    organisationId: string,
    file: UploadedCsv,
    rows: number,
    requester: { id: string; email: string } | null,
  ): Promise<EnqueuedOrganisationImportDto> {
    const importId = randomUUID();
    const imports = this.dataSource.getRepository(OrganisationImport);
    await imports.insert({
      ...this.record(importId, organisationId, file, rows, requester),
      state: 'queued',
      progress: 0,
      content: file.buffer,
      attempts: 0,
    });
    try {
      const job = await this.queues.enqueue(
        JobName.OrganisationImport,
        {
          importId,
          requestedBy: requester?.id ?? null,
          requestedByEmail: requester?.email ?? null,
          requestId: currentContext().requestId ?? null,
        },
        { jobId: importId },
      );
      return { importId, jobId: job.id, queue: job.queue as QueueName, rows, state: 'queued' };
    } catch (error) {
      // Nothing will ever run it: do not leave a queued import behind.
      await imports.delete({ id: importId });
      throw error;
    }
  }
}

function reportOf(
  mode: OrganisationImportMode,
  importId: string | null,
  committed: boolean,
  read: ReadImport,
  checked: CheckedImport,
): Omit<OrganisationImportReportDto, 'problems'> {
  return {
    mode,
    importId,
    committed,
    encoding: read.encoding,
    delimiter: read.delimiter,
    rows: read.rows.length,
    people: checked.people.length,
    memberships: checked.memberships,
    ignoredColumns: read.ignoredColumns,
  };
}

/** The client's file name, without a path, control characters or excess length. */
function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return clean || 'people.csv';
}
