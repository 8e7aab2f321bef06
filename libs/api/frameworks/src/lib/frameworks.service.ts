import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  Competency,
  CompetencyActivity,
  CompetencyKnowledge,
  KnowledgeElement,
} from './competency.entity';
import {
  Behaviour,
  CoreTask,
  CoreTaskKnowledge,
  MboProfileRow,
  WorkProcess,
} from './core-task.entity';
import type { FrameworkDiffDto } from './dto/framework-diff.dto';
import type { FrameworkImportDto } from './dto/framework-import.dto';
import type {
  CoreTaskDto,
  FrameworkDetailDto,
  FrameworkListDto,
  FrameworkVersionDto,
  KnowledgeDto,
  ListFrameworksQueryDto,
} from './dto/framework.dto';
import { type FrameworkSnapshot, diffFrameworks } from './framework-diff';
import type { FrameworkImport } from './framework-import.entity';
import { Framework, FrameworkVersion } from './framework.entity';
import { frameworkNotFound, versionNotFound } from './frameworks.errors';

const groupBy = <T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

function toVersionDto(v: FrameworkVersion): FrameworkVersionDto {
  return {
    id: v.id,
    version: v.version,
    versionLabel: v.versionLabel,
    contentHash: v.contentHash,
    title: v.title,
    sourceFileName: v.sourceFileName,
    layout: v.layout,
    importedAt: v.importedAt.toISOString(),
    importedByEmail: v.importedByEmail,
    warningCount: v.warnings.length,
  };
}

/** Reading frameworks: the list, one version's tree, the versions, and diffs between them. */
@Injectable()
export class FrameworksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListFrameworksQueryDto): Promise<FrameworkListDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.family) {
      params.push(query.family);
      where.push(`f.family = $${params.length}`);
    }
    if (query.q?.trim()) {
      params.push(`%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(f.code ILIKE $${params.length} OR f.title ILIKE $${params.length})`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query<Array<{ total: string }>>(
      `SELECT count(*) AS total FROM framework f ${filter}`,
      params,
    );
    params.push(pageSize, (page - 1) * pageSize);
    const rows = await this.dataSource.query<
      Array<{
        code: string;
        title: string;
        family: 'bk' | 'mbo';
        version: number;
        version_label: string | null;
        level_vks: number | null;
        level_eqf: number | null;
        imported_at: Date;
        mbo_levels: number[] | null;
      }>
    >(
      `SELECT f.code, f.title, f.family, v.version, v.version_label, v.level_vks, v.level_eqf, v.imported_at,
              (SELECT array_agg(DISTINCT p.mbo_level ORDER BY p.mbo_level) FROM mbo_profile p
                WHERE p.framework_version_id = v.id AND p.mbo_level IS NOT NULL) AS mbo_levels
         FROM framework f JOIN framework_version v ON v.id = f.latest_version_id
         ${filter}
         ORDER BY f.code
         LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        code: r.code,
        title: r.title,
        family: r.family,
        latestVersion: r.version,
        versionLabel: r.version_label,
        level: { vks: r.level_vks, eqf: r.level_eqf, mbo: (r.mbo_levels ?? []).map(Number) },
        importedAt: new Date(r.imported_at).toISOString(),
      })),
      total: Number(total),
      page,
      pageSize,
    };
  }

  async versions(code: string): Promise<FrameworkVersionDto[]> {
    const framework = await this.frameworkByCode(code);
    const versions = await this.dataSource
      .getRepository(FrameworkVersion)
      .find({ where: { frameworkId: framework.id }, order: { version: 'DESC' } });
    return versions.map(toVersionDto);
  }

  async detail(code: string, versionNumber?: number): Promise<FrameworkDetailDto> {
    const framework = await this.frameworkByCode(code);
    const version = await this.versionOf(framework, versionNumber);
    const latest = await this.latestNumber(framework);
    const tree = await this.tree(version.id);
    const mboLevels = [
      ...new Set(tree.profiles.map((p) => p.mboLevel).filter((l): l is number => l !== null)),
    ].sort((a, b) => a - b);
    return {
      code: framework.code,
      family: framework.family,
      title: version.title,
      latestVersion: latest,
      version: toVersionDto(version),
      level: { vks: version.levelVks, eqf: version.levelEqf, mbo: mboLevels },
      details: version.details,
      warnings: version.warnings,
      ...tree,
    };
  }

  async diff(code: string, from: number, to: number): Promise<FrameworkDiffDto> {
    const framework = await this.frameworkByCode(code);
    const [a, b] = await Promise.all([
      this.versionOf(framework, from),
      this.versionOf(framework, to),
    ]);
    const [treeA, treeB] = await Promise.all([this.tree(a.id), this.tree(b.id)]);
    const changes = diffFrameworks(snapshotOf(treeA), snapshotOf(treeB));
    const count = (kind: string) => changes.filter((c) => c.change === kind).length;
    return {
      code: framework.code,
      from,
      to,
      summary: { added: count('added'), removed: count('removed'), changed: count('changed') },
      changes,
    };
  }

  async importStatus(row: FrameworkImport): Promise<FrameworkImportDto> {
    const version = row.frameworkVersionId
      ? await this.dataSource
          .getRepository(FrameworkVersion)
          .findOneBy({ id: row.frameworkVersionId })
      : null;
    return {
      id: row.id,
      state: row.state,
      progress: row.progress,
      fileName: row.fileName,
      family: row.family,
      frameworkCode: row.frameworkCode,
      frameworkVersionId: row.frameworkVersionId,
      version: version?.version ?? null,
      created: row.createdVersion,
      warnings: row.warnings,
      error: row.errorCode ? { code: row.errorCode, message: row.errorMessage ?? '' } : null,
      attempts: row.attempts,
      requestedByEmail: row.requestedByEmail,
      createdAt: row.createdAt.toISOString(),
      startedAt: row.startedAt?.toISOString() ?? null,
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  }

  private async frameworkByCode(code: string): Promise<Framework> {
    const framework = await this.dataSource
      .getRepository(Framework)
      .findOneBy({ code: code.trim().toUpperCase() });
    if (!framework) throw frameworkNotFound(code);
    return framework;
  }

  private async latestNumber(framework: Framework): Promise<number> {
    const latest = await this.dataSource
      .getRepository(FrameworkVersion)
      .findOneByOrFail({ id: framework.latestVersionId ?? '' });
    return latest.version;
  }

  private async versionOf(framework: Framework, version?: number): Promise<FrameworkVersion> {
    const repo = this.dataSource.getRepository(FrameworkVersion);
    const found =
      version === undefined
        ? await repo.findOneBy({ id: framework.latestVersionId ?? '' })
        : await repo.findOneBy({ frameworkId: framework.id, version });
    if (!found) throw versionNotFound(framework.code, version ?? 0);
    return found;
  }

  /** The competencies (BK) or the basis and profiles (MBO) of one version, in source order. */
  private async tree(
    versionId: string,
  ): Promise<Pick<FrameworkDetailDto, 'competencies' | 'basis' | 'profiles'>> {
    const m = this.dataSource.manager;
    const [competencies, profiles, coreTasks, knowledge] = await Promise.all([
      m.find(Competency, { where: { frameworkVersionId: versionId }, order: { position: 'ASC' } }),
      m.find(MboProfileRow, {
        where: { frameworkVersionId: versionId },
        order: { position: 'ASC' },
      }),
      m.find(CoreTask, { where: { frameworkVersionId: versionId }, order: { position: 'ASC' } }),
      m.find(KnowledgeElement, { where: { frameworkVersionId: versionId } }),
    ]);
    const competencyIds = competencies.map((c) => c.id);
    const coreTaskIds = coreTasks.map((k) => k.id);
    const [activities, competencyLinks, coreTaskLinks, workProcesses, behaviours] =
      await Promise.all([
        competencyIds.length
          ? m.find(CompetencyActivity, {
              where: { competencyId: In(competencyIds) },
              order: { position: 'ASC' },
            })
          : [],
        competencyIds.length
          ? m.find(CompetencyKnowledge, {
              where: { competencyId: In(competencyIds) },
              order: { position: 'ASC' },
            })
          : [],
        coreTaskIds.length
          ? m.find(CoreTaskKnowledge, {
              where: { coreTaskId: In(coreTaskIds) },
              order: { position: 'ASC' },
            })
          : [],
        m.find(WorkProcess, {
          where: { frameworkVersionId: versionId },
          order: { position: 'ASC' },
        }),
        m.find(Behaviour, { where: { frameworkVersionId: versionId }, order: { position: 'ASC' } }),
      ]);
    const elements = new Map(knowledge.map((k) => [k.id, k]));
    const toKnowledge = (id: string, category: string | null): KnowledgeDto => {
      const e = elements.get(id);
      return { id, text: e?.text ?? '', depth: e?.depth ?? null, kind: e?.kind ?? null, category };
    };
    const activitiesOf = groupBy(activities, (a) => a.competencyId);
    const competencyKnowledgeOf = groupBy(competencyLinks, (l) => l.competencyId);
    const coreTaskKnowledgeOf = groupBy(coreTaskLinks, (l) => l.coreTaskId);
    const workProcessesOf = groupBy(workProcesses, (w) => w.coreTaskId);
    const behavioursOf = groupBy(behaviours, (b) => b.workProcessId);

    const coreTaskDto = (k: CoreTask): CoreTaskDto => ({
      code: k.code,
      title: k.title,
      profileCode: k.profileCode,
      complexity: k.complexity,
      responsibility: k.responsibility,
      knowledge: (coreTaskKnowledgeOf.get(k.id) ?? []).map((l) =>
        toKnowledge(l.knowledgeElementId, l.category),
      ),
      workProcesses: (workProcessesOf.get(k.id) ?? []).map((w) => ({
        code: w.code,
        title: w.title,
        description: w.description,
        result: w.result,
        actor: w.actor,
        competences: w.competences,
        behaviours: (behavioursOf.get(w.id) ?? []).map((b) => ({ code: b.code, text: b.text })),
      })),
    });
    const basis = coreTasks.filter((k) => k.profileCode === null).map(coreTaskDto);
    return {
      competencies: competencies.map((c) => ({
        number: c.number,
        title: c.title,
        activities: (activitiesOf.get(c.id) ?? []).map((a) => ({
          text: a.text,
          skillType: a.skillType,
        })),
        knowledge: (competencyKnowledgeOf.get(c.id) ?? []).map((l) =>
          toKnowledge(l.knowledgeElementId, null),
        ),
      })),
      basis,
      profiles: profiles.map((p) => ({
        code: p.code,
        name: p.name,
        mboLevel: p.mboLevel,
        eqfLevel: p.eqfLevel,
        professionalRequirements: p.professionalRequirements,
        qualificationType: p.qualificationType,
        description: p.description,
        sharedCoreTaskCodes: basis.map((k) => k.code),
        coreTasks: coreTasks.filter((k) => k.profileCode === p.code).map(coreTaskDto),
      })),
    };
  }
}

function snapshotOf(
  tree: Pick<FrameworkDetailDto, 'competencies' | 'basis' | 'profiles'>,
): FrameworkSnapshot {
  return {
    competencies: tree.competencies.map((c) => ({
      number: c.number,
      title: c.title,
      activities: c.activities.map((a) => a.text),
      knowledge: c.knowledge.map((k) => ({ text: k.text, depth: k.depth })),
    })),
    coreTasks: [...tree.basis, ...tree.profiles.flatMap((p) => p.coreTasks)].map((k) => ({
      code: k.code,
      title: k.title,
      knowledge: k.knowledge.map((i) => ({ text: i.text, category: i.category })),
      workProcesses: k.workProcesses.map((w) => ({
        code: w.code,
        title: w.title,
        description: w.description,
        result: w.result,
        behaviours: w.behaviours,
      })),
    })),
  };
}
