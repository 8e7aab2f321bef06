import { headingKey, type SourceLine } from './text';

/** Section ids of a BK dossier, matched by heading text (never by number). */
export type BkSectionId =
  | 'globaal'
  | 'titel'
  | 'definitie'
  | 'niveau'
  | 'erkenning'
  | 'extra'
  | 'sectoren'
  | 'actoren'
  | 'referentiekader'
  | 'competenties'
  | 'opsomming'
  | 'beschrijving'
  | 'kennis'
  | 'cognitief'
  | 'probleemoplossend'
  | 'motorisch'
  | 'omgeving'
  | 'handeling'
  | 'autonomie'
  | 'zelfstandig'
  | 'gebonden'
  | 'beroep'
  | 'verantwoordelijkheid'
  | 'attesten'
  | 'arbeidsmarkt'
  | 'samenhang';

type Phase = 'front' | 'list' | 'descriptors' | 'tail';

interface HeadingRule {
  id: BkSectionId;
  pattern: RegExp;
  phases: readonly Phase[];
}

const FRONT: readonly Phase[] = ['front'];
const DESC: readonly Phase[] = ['descriptors'];
const LATE: readonly Phase[] = ['descriptors', 'tail'];

const RULES: readonly HeadingRule[] = [
  { id: 'globaal', pattern: /^globaal$/, phases: FRONT },
  { id: 'titel', pattern: /^(titel|benaming)$/, phases: FRONT },
  { id: 'definitie', pattern: /^definitie$/, phases: FRONT },
  { id: 'niveau', pattern: /^(niveau|kwalificatieniveau)(\s*\(.*\))?$/, phases: FRONT },
  { id: 'erkenning', pattern: /^(jaar van erkenning|erkenning)$/, phases: FRONT },
  { id: 'extra', pattern: /^extra informatie$/, phases: FRONT },
  { id: 'sectoren', pattern: /^sector(en)?$/, phases: FRONT },
  { id: 'actoren', pattern: /^betrokken \(?arbeidsmarkt\)? ?actoren$/, phases: FRONT },
  { id: 'referentiekader', pattern: /^referentiekader(s)?$/, phases: FRONT },
  { id: 'competenties', pattern: /^competenties$/, phases: FRONT },
  { id: 'opsomming', pattern: /^opsomming (van de )?competenties$/, phases: FRONT },
  {
    id: 'beschrijving',
    pattern: /^beschrijving (van de )?competenties\b/,
    phases: ['front', 'list'],
  },
  { id: 'kennis', pattern: /^((generieke|specifieke|algemene) )?kennis$/, phases: DESC },
  { id: 'cognitief', pattern: /^cognitieve vaardigheden$/, phases: DESC },
  { id: 'probleemoplossend', pattern: /^probleemoplossende vaardigheden$/, phases: DESC },
  { id: 'motorisch', pattern: /^motorische vaardigheden$/, phases: DESC },
  { id: 'omgeving', pattern: /^omgevingscontext$/, phases: DESC },
  { id: 'handeling', pattern: /^handelingscontext$/, phases: DESC },
  {
    id: 'autonomie',
    pattern: /^(autonomie|zelfstandigheid|autonomie ?\/ ?zelfstandigheid)$/,
    phases: DESC,
  },
  { id: 'zelfstandig', pattern: /^is zelfstandig in$/, phases: DESC },
  { id: 'gebonden', pattern: /^is gebonden aan$/, phases: DESC },
  { id: 'beroep', pattern: /^doet beroep op$/, phases: DESC },
  { id: 'verantwoordelijkheid', pattern: /^verantwoordelijkheid$/, phases: DESC },
  { id: 'attesten', pattern: /^attesten( en voorwaarden)?$/, phases: LATE },
  {
    id: 'arbeidsmarkt',
    pattern: /^(arbeidsmarktrelevantie|maatschappelijke relevantie)\b(?! \d)/,
    phases: LATE,
  },
  { id: 'samenhang', pattern: /^samenhang\b/, phases: LATE },
];

export interface BkSection {
  id: BkSectionId;
  heading: SourceLine;
  lines: SourceLine[];
}

export interface BkSectionMap {
  /** Lines before the first recognised heading (the cover: title, code). */
  preamble: SourceLine[];
  sections: BkSection[];
  get(id: BkSectionId): BkSection | undefined;
  /** All lines of every section with this id (e.g. "Generieke kennis" + "Specifieke kennis"). */
  linesOf(id: BkSectionId): SourceLine[] | null;
}

function nextPhase(id: BkSectionId, phase: Phase): Phase {
  if (id === 'opsomming') return 'list';
  if (id === 'beschrijving') return 'descriptors';
  if (id === 'attesten' || id === 'arbeidsmarkt' || id === 'samenhang') return 'tail';
  return phase;
}

/** Splits a BK dossier into sections by heading text, in a phase order that avoids numbering collisions. */
export function splitBkSections(lines: readonly SourceLine[]): BkSectionMap {
  const preamble: SourceLine[] = [];
  const sections: BkSection[] = [];
  let phase: Phase = 'front';
  let current: BkSection | null = null;
  for (const line of lines) {
    const rule = line.text !== '' && line.text.length <= 90 ? matchHeading(line.text, phase) : null;
    if (rule) {
      current = { id: rule.id, heading: line, lines: [] };
      sections.push(current);
      phase = nextPhase(rule.id, phase);
      continue;
    }
    if (current) current.lines.push(line);
    else preamble.push(line);
  }
  return {
    preamble,
    sections,
    get: (id) => sections.find((s) => s.id === id),
    linesOf: (id) => {
      const found = sections.filter((s) => s.id === id);
      return found.length === 0 ? null : found.flatMap((s) => s.lines);
    },
  };
}

function matchHeading(text: string, phase: Phase): HeadingRule | null {
  if (/^[•·▪\-–]/.test(text)) return null;
  const key = headingKey(text);
  for (const rule of RULES) {
    if (rule.phases.includes(phase) && rule.pattern.test(key)) return rule;
  }
  return null;
}
