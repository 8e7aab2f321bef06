import type { FrameworkFamily } from '@tribeworks/contracts';
import type {
  KnowledgeDepth,
  MboKnowledgeKind,
  ParsedBkDossier,
  ParsedDossier,
  ParsedMboDossier,
} from '@tribeworks/dossier';
import type {
  Competency,
  CompetencyActivity,
  CompetencyKnowledge,
  KnowledgeElement,
} from './competency.entity';
import type {
  Behaviour,
  CoreTask,
  CoreTaskKnowledge,
  MboProfileRow,
  WorkProcess,
} from './core-task.entity';

/** Everything one framework version stores, as rows ready to insert (ids already assigned). */
export interface VersionRows {
  family: FrameworkFamily;
  title: string | null;
  layout: 'pdf' | 'web' | null;
  levelVks: number | null;
  levelEqf: number | null;
  details: Record<string, unknown>;
  competencies: Competency[];
  activities: CompetencyActivity[];
  knowledge: KnowledgeElement[];
  competencyKnowledge: CompetencyKnowledge[];
  profiles: MboProfileRow[];
  coreTasks: CoreTask[];
  workProcesses: WorkProcess[];
  behaviours: Behaviour[];
  coreTaskKnowledge: CoreTaskKnowledge[];
}

/** Knowledge catalogue of one version: one element per distinct text. */
class Catalogue {
  readonly elements: KnowledgeElement[] = [];
  private readonly byText = new Map<string, KnowledgeElement>();

  constructor(
    private readonly versionId: string,
    private readonly newId: () => string,
  ) {}

  idOf(text: string, depth: KnowledgeDepth | null, kind: MboKnowledgeKind | null): string {
    let element = this.byText.get(text);
    if (!element) {
      element = { id: this.newId(), frameworkVersionId: this.versionId, text, depth, kind };
      this.byText.set(text, element);
      this.elements.push(element);
    }
    return element.id;
  }
}

function empty(family: FrameworkFamily): VersionRows {
  return {
    family,
    title: null,
    layout: null,
    levelVks: null,
    levelEqf: null,
    details: {},
    competencies: [],
    activities: [],
    knowledge: [],
    competencyKnowledge: [],
    profiles: [],
    coreTasks: [],
    workProcesses: [],
    behaviours: [],
    coreTaskKnowledge: [],
  };
}

function bkRows(dossier: ParsedBkDossier, versionId: string, newId: () => string): VersionRows {
  const rows = empty('bk');
  const catalogue = new Catalogue(versionId, newId);
  rows.title = dossier.title;
  rows.layout = dossier.layout;
  rows.levelVks = dossier.level.vks;
  rows.levelEqf = dossier.level.eqf;
  rows.details = {
    definition: dossier.definition,
    recognition: dossier.recognition,
    competentFiches: dossier.competentFiches,
    sectors: dossier.sectors,
    actors: dossier.actors,
    referenceFrameworks: dossier.referenceFrameworks,
    descriptors: dossier.descriptors,
    attestations: dossier.attestations,
    labourMarketRelevance: dossier.labourMarketRelevance,
    coherence: dossier.coherence,
  };
  dossier.competencies.forEach((c, index) => {
    const competencyId = newId();
    rows.competencies.push({
      id: competencyId,
      frameworkVersionId: versionId,
      number: c.number,
      title: c.title,
      position: index + 1,
    });
    c.activities.forEach((a, i) =>
      rows.activities.push({
        id: newId(),
        competencyId,
        position: i + 1,
        text: a.text,
        skillType: a.skillType,
      }),
    );
    c.knowledge.forEach((k, i) =>
      rows.competencyKnowledge.push({
        competencyId,
        position: i + 1,
        knowledgeElementId: catalogue.idOf(k.text, k.depth, 'knowledge'),
      }),
    );
  });
  rows.knowledge = catalogue.elements;
  return rows;
}

function mboRows(dossier: ParsedMboDossier, versionId: string, newId: () => string): VersionRows {
  const rows = empty('mbo');
  const catalogue = new Catalogue(versionId, newId);
  rows.title = dossier.title;
  rows.details = { version: dossier.version };
  const profileCodes = new Set<string>();
  const addProfile = (p: Omit<MboProfileRow, 'id' | 'frameworkVersionId' | 'position'>) => {
    profileCodes.add(p.code);
    rows.profiles.push({
      id: newId(),
      frameworkVersionId: versionId,
      position: rows.profiles.length + 1,
      ...p,
    });
  };
  for (const p of dossier.profiles) {
    addProfile({
      code: p.code,
      name: p.name,
      mboLevel: p.mboLevel,
      eqfLevel: p.eqfLevel,
      professionalRequirements: p.professionalRequirements,
      qualificationType: p.qualificationType,
      description: p.description,
    });
  }
  dossier.coreTasks.forEach((k, index) => {
    // A core task of a profile the profile table does not name still needs its profile row.
    if (k.profile && !profileCodes.has(k.profile)) {
      addProfile({
        code: k.profile,
        name: k.profile,
        mboLevel: null,
        eqfLevel: null,
        professionalRequirements: null,
        qualificationType: null,
        description: null,
      });
    }
    const coreTaskId = newId();
    rows.coreTasks.push({
      id: coreTaskId,
      frameworkVersionId: versionId,
      code: k.code,
      title: k.title,
      profileCode: k.profile,
      complexity: k.complexity,
      responsibility: k.responsibility,
      position: index + 1,
    });
    k.knowledgeAndSkills.forEach((item, i) =>
      rows.coreTaskKnowledge.push({
        coreTaskId,
        position: i + 1,
        knowledgeElementId: catalogue.idOf(item.text, null, item.kind),
        category: item.category,
      }),
    );
    k.workProcesses.forEach((w, i) => {
      const workProcessId = newId();
      rows.workProcesses.push({
        id: workProcessId,
        frameworkVersionId: versionId,
        coreTaskId,
        code: w.code,
        title: w.title,
        description: w.description,
        result: w.result,
        actor: w.actor,
        competences: w.competences,
        position: i + 1,
      });
      w.behaviours.forEach((b, j) =>
        rows.behaviours.push({
          id: newId(),
          frameworkVersionId: versionId,
          workProcessId,
          code: b.id,
          text: b.text,
          position: j + 1,
        }),
      );
    });
  });
  rows.knowledge = catalogue.elements;
  return rows;
}

/** Maps a parsed dossier to the rows of one framework version. */
export function dossierToRows(
  dossier: ParsedDossier,
  versionId: string,
  newId: () => string,
): VersionRows {
  return dossier.family === 'bk'
    ? bkRows(dossier, versionId, newId)
    : mboRows(dossier, versionId, newId);
}
