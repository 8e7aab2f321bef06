import type {
  Competency,
  CoreTask,
  DiffChange,
  FrameworkDetail,
  FrameworkDiff,
  FrameworkImport,
  FrameworkSummary,
  FrameworkVersion,
  MboProfile,
  SearchHit,
  WorkProcess,
} from '../api/frameworks.api';

/** Small builders for framework API bodies in component tests, typed by the contract. */

export function aFrameworkSummary(overrides: Partial<FrameworkSummary> = {}): FrameworkSummary {
  return {
    code: 'BK-0571-1',
    title: 'Productmanager',
    family: 'bk',
    latestVersion: 1,
    versionLabel: 'versie 1',
    level: { vks: 6, eqf: 6, mbo: [] },
    importedAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aVersion(version = 1, overrides: Partial<FrameworkVersion> = {}): FrameworkVersion {
  return {
    id: `00000000-0000-4000-8000-${String(version).padStart(12, '0')}`,
    version,
    versionLabel: null,
    contentHash: `hash-${version}`,
    title: 'Productmanager',
    sourceFileName: 'bk-0571-1-productmanager.txt',
    layout: 'pdf',
    importedAt: `2025-03-0${Math.min(version, 9)}T10:00:00.000Z`,
    importedByEmail: 'hr@tribeworks.test',
    warningCount: 0,
    ...overrides,
  };
}

export function aCompetency(overrides: Partial<Competency> = {}): Competency {
  return {
    number: 1,
    title: 'Onderzoekt een product, dienst of merk',
    activities: [{ text: 'Analyseert markttrends en -ontwikkelingen', skillType: 'cognitive' }],
    knowledge: [
      { id: 'k1', text: 'Basiskennis van statistiek', depth: 'basic', kind: null, category: null },
      { id: 'k2', text: 'Kennis van marketing', depth: 'normal', kind: null, category: null },
      {
        id: 'k3',
        text: 'Grondige kennis van productbeheer',
        depth: 'thorough',
        kind: null,
        category: null,
      },
    ],
    ...overrides,
  };
}

export function aBkFramework(overrides: Partial<FrameworkDetail> = {}): FrameworkDetail {
  return {
    code: 'BK-0571-1',
    family: 'bk',
    title: 'Productmanager',
    latestVersion: 1,
    version: aVersion(1),
    level: { vks: 6, eqf: 6, mbo: [] },
    details: {
      definition: 'De productmanager beheert de levenscyclus van een product.',
      sectors: ['Bedienden'],
      descriptors: {
        knowledge: ['Brede kennis van marketing'],
        cognitiveSkills: ['Analyseren van markten'],
        problemSolvingSkills: [],
        motorSkills: [],
        environmentContext: ['Werkt in een organisatie'],
        actionContext: [],
        autonomy: {
          independentIn: ['het plannen van de eigen taken'],
          boundBy: ['de geldende wetgeving'],
          reliesOn: [],
        },
        responsibility: ['Bewaken van de productstrategie'],
      },
    },
    warnings: [],
    competencies: [aCompetency()],
    basis: [],
    profiles: [],
    ...overrides,
  };
}

export function aWorkProcess(overrides: Partial<WorkProcess> = {}): WorkProcess {
  return {
    code: 'B1-K1-W1',
    title: 'Brengt de marktpositie in kaart',
    description: 'Verzamelt informatie over de markt.',
    result: 'De marktpositie is in kaart gebracht.',
    actor: 'De beginnend beroepsbeoefenaar:',
    competences: ['Onderzoeken'],
    behaviours: [{ code: 'B1-K1-W1-G01', text: 'gaat proactief op zoek naar informatie;' }],
    ...overrides,
  };
}

export function aCoreTask(overrides: Partial<CoreTask> = {}): CoreTask {
  return {
    code: 'B1-K1',
    title: 'Onderzoekt de customer journey',
    profileCode: null,
    complexity: 'Afgebakende taken.',
    responsibility: 'Werkt onder begeleiding.',
    knowledge: [],
    workProcesses: [aWorkProcess()],
    ...overrides,
  };
}

export function aProfile(overrides: Partial<MboProfile> = {}): MboProfile {
  return {
    code: 'P1',
    name: 'Commercieel medewerker',
    mboLevel: 3,
    eqfLevel: 4,
    professionalRequirements: null,
    qualificationType: null,
    description: null,
    sharedCoreTaskCodes: ['B1-K1'],
    coreTasks: [
      aCoreTask({
        code: 'P1-K1',
        title: 'Verkoopt',
        profileCode: 'P1',
        workProcesses: [
          aWorkProcess({
            code: 'P1-K1-W5',
            title: 'Stelt een commercieel aanbod op',
            behaviours: [
              { code: 'P1-K1-W5-G02', text: 'legt gegevens correct vast in de offerte;' },
            ],
          }),
        ],
      }),
    ],
    ...overrides,
  };
}

export function anMboFramework(overrides: Partial<FrameworkDetail> = {}): FrameworkDetail {
  return {
    code: 'DEMO-MBO-COMMERCIE',
    family: 'mbo',
    title: 'Commercie (demo)',
    latestVersion: 1,
    version: aVersion(1, { title: 'Commercie (demo)', layout: null }),
    level: { vks: null, eqf: null, mbo: [3] },
    details: { version: null },
    warnings: [],
    competencies: [],
    basis: [aCoreTask()],
    profiles: [aProfile()],
    ...overrides,
  };
}

export function aSearchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    frameworkCode: 'BK-0496-1',
    frameworkTitle: 'Externe sales',
    version: 1,
    entity: 'competency',
    path: '11',
    key: '11',
    text: 'Bepaalt samen met de klant de uitvoeringsvoorwaarden',
    headline: 'Bepaalt samen met de <mark>klant</mark> de uitvoeringsvoorwaarden',
    fragments: [
      { text: 'Bepaalt samen met de ', highlighted: false },
      { text: 'klant', highlighted: true },
      { text: ' de uitvoeringsvoorwaarden', highlighted: false },
    ],
    rank: 0.2,
    ...overrides,
  };
}

export function anImport(overrides: Partial<FrameworkImport> = {}): FrameworkImport {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    state: 'queued',
    progress: 0,
    fileName: 'dossier.txt',
    family: null,
    frameworkCode: null,
    frameworkVersionId: null,
    version: null,
    created: null,
    warnings: [],
    error: null,
    attempts: 0,
    requestedByEmail: 'hr@tribeworks.test',
    createdAt: '2025-03-01T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

export function aChange(overrides: Partial<DiffChange> = {}): DiffChange {
  return {
    entity: 'competency',
    change: 'changed',
    path: '1',
    key: '1',
    field: 'title',
    before: 'Onderzoekt een product',
    after: 'Onderzoekt een product of dienst',
    ...overrides,
  };
}

export function aDiff(changes: DiffChange[], from = 1, to = 2): FrameworkDiff {
  const count = (kind: DiffChange['change']) => changes.filter((c) => c.change === kind).length;
  return {
    code: 'BK-0571-1',
    from,
    to,
    summary: { added: count('added'), removed: count('removed'), changed: count('changed') },
    changes,
  };
}
