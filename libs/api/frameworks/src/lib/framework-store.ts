import { randomUUID } from 'node:crypto';
import { recordAudit } from '@tribeworks/api-core';
import type { ParsedDossier } from '@tribeworks/dossier';
import type { EntityManager } from 'typeorm';
import {
  Competency,
  CompetencyActivity,
  CompetencyKnowledge,
  KnowledgeElement,
} from './competency.entity';
import { contentHash } from './content-hash';
import {
  Behaviour,
  CoreTask,
  CoreTaskKnowledge,
  MboProfileRow,
  WorkProcess,
} from './core-task.entity';
import { dossierToRows } from './dossier-rows';
import { Framework, FrameworkVersion } from './framework.entity';
import { codeMismatch, codeRequired, familyMismatch } from './frameworks.errors';

/** What the caller of `storeDossierVersion` knows besides the dossier. */
export interface ImportMeta {
  code: string;
  title: string | null;
  versionLabel: string | null;
  sourceFileName: string;
  importedBy: string | null;
  importedByEmail: string | null;
}

export interface ImportOutcome {
  frameworkCode: string;
  frameworkVersionId: string;
  version: number;
  created: boolean;
}

const INSERT_CHUNK = 500;

/** Framework code as stored: upper case, trimmed. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The code a dossier is stored under: the one it states, else the one given with the upload. */
export function resolveCode(dossier: ParsedDossier, given: string | null | undefined): string {
  const stated = dossier.code ? normaliseCode(dossier.code) : null;
  const asked = given ? normaliseCode(given) : null;
  if (stated && asked && stated !== asked) throw codeMismatch(stated, asked);
  const code = stated ?? asked;
  if (!code) throw codeRequired();
  return code;
}

function versionLabelOf(dossier: ParsedDossier, given: string | null): string | null {
  if (given) return given;
  if (dossier.family === 'bk') {
    return dossier.recognition ?? (dossier.version ? `versie ${dossier.version}` : null);
  }
  return dossier.version;
}

/** Multi-row inserts without RETURNING: every id is assigned before. */
async function insertRows<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + INSERT_CHUNK) as never)
      .updateEntity(false)
      .execute();
  }
}

/**
 * Stores a parsed dossier as a framework version inside the caller's transaction (the import
 * job's or the seeder's). Serialised per framework code by an advisory lock; identical content
 * (same hash) returns the existing version and writes nothing. Writes an audit row.
 */
export async function storeDossierVersion(
  manager: EntityManager,
  dossier: ParsedDossier,
  meta: ImportMeta,
): Promise<ImportOutcome> {
  const code = normaliseCode(meta.code);
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`framework:${code}`]);
  const hash = contentHash(dossier);
  let framework = await manager.findOneBy(Framework, { code });
  if (framework && framework.family !== dossier.family) {
    throw familyMismatch(code, framework.family, dossier.family);
  }
  if (framework) {
    const same = await manager.findOneBy(FrameworkVersion, {
      frameworkId: framework.id,
      contentHash: hash,
    });
    if (same) {
      return {
        frameworkCode: code,
        frameworkVersionId: same.id,
        version: same.version,
        created: false,
      };
    }
  }
  const versionId = randomUUID();
  const rows = dossierToRows(dossier, versionId, randomUUID);
  const title =
    rows.title ?? meta.title ?? (dossier.family === 'mbo' ? `Kwalificatiedossier ${code}` : code);
  if (!framework) {
    framework = manager.create(Framework, {
      id: randomUUID(),
      code,
      family: dossier.family,
      title,
      latestVersionId: null,
    });
    await manager.insert(Framework, framework);
  }
  const previous = await manager
    .createQueryBuilder(FrameworkVersion, 'v')
    .select('COALESCE(MAX(v.version), 0)', 'max')
    .where('v.framework_id = :id', { id: framework.id })
    .getRawOne<{ max: number | string }>();
  const version = Number(previous?.max ?? 0) + 1;
  await insertRows(manager, FrameworkVersion, [
    {
      id: versionId,
      frameworkId: framework.id,
      version,
      versionLabel: versionLabelOf(dossier, meta.versionLabel),
      contentHash: hash,
      title,
      layout: rows.layout,
      levelVks: rows.levelVks,
      levelEqf: rows.levelEqf,
      details: rows.details,
      warnings: dossier.warnings,
      sourceFileName: meta.sourceFileName,
      importedAt: new Date(),
      importedBy: meta.importedBy,
      importedByEmail: meta.importedByEmail,
    },
  ]);
  await insertRows(manager, KnowledgeElement, rows.knowledge);
  await insertRows(manager, Competency, rows.competencies);
  await insertRows(manager, CompetencyActivity, rows.activities);
  await insertRows(manager, CompetencyKnowledge, rows.competencyKnowledge);
  await insertRows(manager, MboProfileRow, rows.profiles);
  await insertRows(manager, CoreTask, rows.coreTasks);
  await insertRows(manager, CoreTaskKnowledge, rows.coreTaskKnowledge);
  await insertRows(manager, WorkProcess, rows.workProcesses);
  await insertRows(manager, Behaviour, rows.behaviours);
  await manager.update(Framework, { id: framework.id }, { latestVersionId: versionId, title });
  await recordAudit(manager, {
    action: 'create',
    entityType: 'FrameworkVersion',
    entityId: versionId,
    after: {
      code,
      version,
      contentHash: hash,
      title,
      sourceFileName: meta.sourceFileName,
      competencies: rows.competencies.length,
      coreTasks: rows.coreTasks.length,
      workProcesses: rows.workProcesses.length,
      behaviours: rows.behaviours.length,
      knowledgeElements: rows.knowledge.length,
    },
  });
  return { frameworkCode: code, frameworkVersionId: versionId, version, created: true };
}
