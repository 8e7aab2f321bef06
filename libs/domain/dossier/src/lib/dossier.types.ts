/** A message about something the parser had to guess or could not reconcile. `line` is 1-based. */
export interface DossierWarning {
  line: number | null;
  message: string;
}

export type DossierFamily = 'bk' | 'mbo';
export type BkLayout = 'pdf' | 'web';
export type SkillType = 'cognitive' | 'problem-solving' | 'motor';
export type KnowledgeDepth = 'basic' | 'normal' | 'thorough';

export interface BkActivity {
  text: string;
  skillType: SkillType | null;
}

export interface BkKnowledge {
  text: string;
  depth: KnowledgeDepth;
}

export interface BkCompetency {
  number: number;
  title: string;
  activities: BkActivity[];
  knowledge: BkKnowledge[];
}

export interface CompetentFicheRef {
  code: string;
  name: string;
}

export interface BkLevel {
  vks: number | null;
  eqf: number | null;
}

/** One organisation block of "Betrokken (arbeidsmarkt)actoren": its first line and the contact lines after it. */
export interface BkActorBlock {
  name: string;
  details: string[];
}

export interface BkActors {
  mainSubmitters: BkActorBlock[];
  coSubmitters: BkActorBlock[];
}

export interface BkReferenceFrameworks {
  used: string[];
  relation: string | null;
}

export interface BkAutonomy {
  independentIn: string[];
  boundBy: string[];
  reliesOn: string[];
}

export interface BkDescriptors {
  knowledge: string[];
  cognitiveSkills: string[];
  problemSolvingSkills: string[];
  motorSkills: string[];
  environmentContext: string[];
  actionContext: string[];
  autonomy: BkAutonomy;
  responsibility: string[];
}

export interface ParsedBkDossier {
  family: 'bk';
  layout: BkLayout;
  code: string | null;
  version: number | null;
  title: string | null;
  competentFiches: CompetentFicheRef[];
  definition: string | null;
  level: BkLevel;
  /** e.g. "versie 1, 2020" when the dossier carries "Jaar van erkenning". */
  recognition: string | null;
  sectors: string[] | null;
  actors: BkActors | null;
  referenceFrameworks: BkReferenceFrameworks | null;
  competencies: BkCompetency[];
  descriptors: BkDescriptors;
  attestations: string[] | null;
  labourMarketRelevance: string | null;
  coherence: string | null;
  warnings: DossierWarning[];
}

export interface MboProfile {
  code: string;
  name: string;
  mboLevel: number | null;
  eqfLevel: number | null;
  /** "Ja"/"Nee" column of the overview table, when present. */
  professionalRequirements: string | null;
  /** "Typering van de kwalificatie" column (e.g. vakopleiding), when present. */
  qualificationType: string | null;
  /** "Typering van het beroep" prose from the profile block, when present. */
  description: string | null;
}

export type MboKnowledgeKind = 'knowledge' | 'skill';

export interface MboKnowledgeItem {
  category: string | null;
  text: string;
  /** From the item's wording: "heeft (…) kennis …" = knowledge, "kan …" = skill; null otherwise. */
  kind: MboKnowledgeKind | null;
}

export interface MboBehaviour {
  id: string;
  text: string;
}

export interface MboWorkProcess {
  code: string;
  title: string;
  description: string;
  result: string;
  /** The line that introduces the behaviours, e.g. "De beginnend beroepsbeoefenaar:". */
  actor: string | null;
  behaviours: MboBehaviour[];
  competences: string[];
}

export interface MboCoreTask {
  code: string;
  title: string;
  /** null for the base part (B1), else the profile code such as "P3". */
  profile: string | null;
  complexity: string;
  responsibility: string;
  knowledgeAndSkills: MboKnowledgeItem[];
  workProcesses: MboWorkProcess[];
}

export interface ParsedMboDossier {
  family: 'mbo';
  code: string | null;
  title: string | null;
  version: string | null;
  profiles: MboProfile[];
  coreTasks: MboCoreTask[];
  warnings: DossierWarning[];
}

export type ParsedDossier = ParsedBkDossier | ParsedMboDossier;

export interface ParseOptions {
  /** Called with a fraction in [0, 1] as parsing progresses. */
  onProgress?: (fraction: number) => void;
}
