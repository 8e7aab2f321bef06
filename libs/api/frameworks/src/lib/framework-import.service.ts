import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobQueues, currentContext } from '@tribeworks/api-core';
import {
  FRAMEWORK_IMPORT_MAX_BYTES,
  FrameworkErrorCode,
  type FrameworkImportResult,
  JobName,
  type QueueName,
} from '@tribeworks/contracts';
import { type ParsedDossier, isDossierParseError, parseDossierBytes } from '@tribeworks/dossier';
import { DataSource } from 'typeorm';
import { FrameworkImport } from './framework-import.entity';
import {
  type ImportMeta,
  normaliseCode,
  resolveCode,
  storeDossierVersion,
} from './framework-store';
import { Framework, FrameworkVersion } from './framework.entity';
import {
  DossierRejectedError,
  dossierRejected,
  familyMismatch,
  fileEmpty,
  fileMissing,
  fileTooLarge,
  importNotFound,
} from './frameworks.errors';

/** The uploaded file as multer hands it over (only the fields the import uses). */
export interface UploadedDossier {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface ImportFields {
  code?: string;
  versionLabel?: string;
  title?: string;
}

export interface ImportJobContext {
  attempt: number;
  maxAttempts: number;
  reportProgress(percent: number): Promise<void>;
}

/**
 * Test hook: the job pauses this long inside its transaction, after every row is written and
 * before the commit, so that a test can kill the worker at that moment. Never set in
 * production; read once per import so a test sets it on the worker process only.
 */
const PAUSE_ENV = 'FRAMEWORK_IMPORT_PAUSE_MS';

@Injectable()
export class FrameworkImportService {
  private readonly logger = new Logger(FrameworkImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
  ) {}

  /**
   * Checks the upload, keeps it in a framework_import row and queues the job. The dossier is
   * parsed here too (about 15 ms for the largest seed), only to refuse garbage and a missing
   * code at once with a 4xx; the job parses the stored bytes again and stores the result.
   */
  async createImport(
    file: UploadedDossier | undefined,
    fields: ImportFields,
    requester: { id: string; email: string } | null,
  ): Promise<{ importId: string; jobId: string; queue: QueueName }> {
    if (!file) throw fileMissing();
    if (file.size === 0 || file.buffer.length === 0) throw fileEmpty();
    if (file.buffer.length > FRAMEWORK_IMPORT_MAX_BYTES) {
      // multer's limit answers first; this guards a caller that bypasses it.
      throw fileTooLarge();
    }
    let dossier: ParsedDossier;
    try {
      dossier = parseDossierBytes(file.buffer);
    } catch (error) {
      if (isDossierParseError(error)) throw dossierRejected(error);
      throw error;
    }
    const code = resolveCode(dossier, fields.code);
    const existing = await this.dataSource.getRepository(Framework).findOneBy({ code });
    if (existing && existing.family !== dossier.family) {
      throw familyMismatch(code, existing.family, dossier.family);
    }

    const context = currentContext();
    const importId = randomUUID();
    const imports = this.dataSource.getRepository(FrameworkImport);
    await imports.insert({
      id: importId,
      state: 'queued',
      progress: 0,
      fileName: safeFileName(file.originalname),
      content: file.buffer,
      requestedCode: fields.code ? normaliseCode(fields.code) : null,
      requestedTitle: fields.title ?? null,
      versionLabel: fields.versionLabel ?? null,
      family: dossier.family,
      frameworkCode: code,
      warnings: [],
      attempts: 0,
      requestedBy: requester?.id ?? null,
      requestedByEmail: requester?.email ?? null,
    });
    try {
      const job = await this.queues.enqueue(
        JobName.FrameworkImport,
        {
          importId,
          requestedBy: requester?.id ?? null,
          requestedByEmail: requester?.email ?? null,
          requestId: context.requestId ?? null,
        },
        { jobId: importId },
      );
      return { importId, jobId: job.id, queue: job.queue };
    } catch (error) {
      // Nothing will ever run it: do not leave a queued import behind.
      await imports.delete({ id: importId });
      throw error;
    }
  }

  async findImport(id: string): Promise<FrameworkImport> {
    const row = await this.dataSource.getRepository(FrameworkImport).findOneBy({ id });
    if (!row) throw importNotFound(id);
    return row;
  }

  /**
   * The job: parse the stored bytes, then store everything in one transaction. Idempotent: a
   * completed import returns its outcome, and a retry after a crash finds either nothing
   * (the transaction rolled back) or the version by its content hash.
   * Throws DossierRejectedError for a dossier that can never import (no retry helps).
   */
  async runImport(importId: string, ctx: ImportJobContext): Promise<FrameworkImportResult> {
    const imports = this.dataSource.getRepository(FrameworkImport);
    const row = await imports
      .createQueryBuilder('i')
      .addSelect('i.content')
      .where('i.id = :importId', { importId })
      .getOne();
    if (!row) throw importNotFound(importId);
    if (row.state === 'completed' && row.frameworkVersionId) {
      const version = await this.dataSource
        .getRepository(FrameworkVersion)
        .findOneByOrFail({ id: row.frameworkVersionId });
      return {
        importId,
        frameworkCode: row.frameworkCode ?? '',
        frameworkVersionId: version.id,
        version: version.version,
        created: row.createdVersion ?? false,
      };
    }
    await imports.update(
      { id: importId },
      {
        state: 'running',
        progress: 5,
        attempts: ctx.attempt,
        startedAt: new Date(),
        errorCode: null,
        errorMessage: null,
      },
    );
    await ctx.reportProgress(5);

    try {
      let dossier: ParsedDossier;
      try {
        dossier = parseDossierBytes(row.content);
      } catch (error) {
        if (isDossierParseError(error)) throw dossierRejected(error);
        throw error;
      }
      await this.setProgress(importId, 40, ctx);
      const code = resolveCode(dossier, row.requestedCode);
      const meta: ImportMeta = {
        code,
        title: row.requestedTitle,
        versionLabel: row.versionLabel,
        sourceFileName: row.fileName,
        importedBy: row.requestedBy,
        importedByEmail: row.requestedByEmail,
      };
      const pauseMs = Number(process.env[PAUSE_ENV] ?? 0);
      const outcome = await this.dataSource.transaction(async (manager) => {
        const result = await storeDossierVersion(manager, dossier, meta);
        if (pauseMs > 0) {
          this.logger.warn(`${PAUSE_ENV}: import ${importId} pausing ${pauseMs} ms before commit`);
          await sleep(pauseMs);
        }
        await manager.update(
          FrameworkImport,
          { id: importId },
          {
            state: 'completed',
            progress: 100,
            family: dossier.family,
            frameworkCode: result.frameworkCode,
            frameworkVersionId: result.frameworkVersionId,
            createdVersion: result.created,
            warnings: dossier.warnings,
            finishedAt: new Date(),
          },
        );
        return result;
      });
      await ctx.reportProgress(100);
      return { importId, ...outcome };
    } catch (error) {
      const permanent = error instanceof DossierRejectedError;
      const last = permanent || ctx.attempt >= ctx.maxAttempts;
      await imports.update(
        { id: importId },
        {
          state: last ? 'failed' : 'queued',
          errorCode: permanent ? error.code : FrameworkErrorCode.ImportFailed,
          errorMessage: permanent
            ? error.message
            : `Attempt ${ctx.attempt} of ${ctx.maxAttempts} failed: ${(error as Error).message}`,
          finishedAt: last ? new Date() : null,
        },
      );
      throw error;
    }
  }

  private async setProgress(importId: string, progress: number, ctx: ImportJobContext) {
    await this.dataSource.getRepository(FrameworkImport).update({ id: importId }, { progress });
    await ctx.reportProgress(progress);
  }
}

/** The client's file name, without a path, control characters or excess length. */
export function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return clean || 'dossier.txt';
}
