import { DossierParseError } from './dossier.errors';
import type {
  DossierWarning,
  MboCoreTask,
  MboKnowledgeItem,
  MboKnowledgeKind,
  MboProfile,
  MboWorkProcess,
  ParsedMboDossier,
  ParseOptions,
} from './dossier.types';
import { cleanText, headingKey, matchKey, TextBuilder, type SourceLine } from './text';

const CODE_IN_TEXT = /\b(?:B\d+|P\d+)-K\d+(?:-W\d+)?\b/g;
const HEADING = /^((?:B\d+|P\d+)-K\d+(?:-W\d+)?)\s*:?\s+(\S.*)$/;
const PROFILE_LINE = /^(P\d+)\s+(\S.*)$/;
const PROFILE_ROW = /^(P\d+) (.+?) (\d)(?: \(?(\d)\)?)? (Ja|Nee)\b ?(.*)$/i;
const FOOTER = /^\d+ van \d+$/;
const COMPETENCES = /^De onderliggende competenties zijn\s*:?\s*(.*)$/i;
const ITEM_MARKER = /^[§•▪·]\s*/;
const BEHAVIOUR_MARKER = /^[-–•]\s+/;

type Field =
  | 'complexity'
  | 'responsibility'
  | 'knowledge'
  | 'description'
  | 'result'
  | 'behaviour'
  | 'competences'
  | 'mboLevel'
  | 'profileDescription'
  | 'profileRequirements'
  | 'ignore';

const LABELS: ReadonlyMap<string, Field> = new Map<string, Field>([
  ['complexiteit', 'complexity'],
  ['verantwoordelijkheid en zelfstandigheid', 'responsibility'],
  ['vakkennis en vaardigheden', 'knowledge'],
  ['omschrijving', 'description'],
  ['resultaat', 'result'],
  ['gedrag', 'behaviour'],
  ['mbo-niveau', 'mboLevel'],
  ['typering van het beroep', 'profileDescription'],
  ['beroepsvereisten', 'profileRequirements'],
  ['generieke onderdelen', 'ignore'],
  ['beroepsspecifieke onderdelen', 'ignore'],
  ['basisdeel', 'ignore'],
  ['profieldeel', 'ignore'],
  ['typering van de beroepengroep', 'ignore'],
]);

interface OverviewUnit {
  code: string;
  title: string;
  line: number;
}

interface WorkProcessState extends MboWorkProcess {
  line: number;
  descriptionText: TextBuilder;
  resultText: TextBuilder;
  competenceText: TextBuilder;
  hasCompetenceLine: boolean;
}

interface CoreTaskState {
  code: string;
  title: string;
  profile: string | null;
  line: number;
  complexityText: TextBuilder;
  responsibilityText: TextBuilder;
  knowledge: Array<{ category: string | null; builder: TextBuilder }>;
  workProcesses: WorkProcessState[];
}

function partOf(code: string): string {
  return code.split('-')[0];
}

function coreTaskOf(code: string): string {
  return code.replace(/-W\d+$/, '');
}

function isWorkProcess(code: string): boolean {
  return /-W\d+$/.test(code);
}

function knowledgeKind(text: string): MboKnowledgeKind | null {
  if (/^kan\b/i.test(text)) return 'skill';
  if (/^heeft\b.*\bkennis\b/i.test(text)) return 'knowledge';
  return null;
}

function looksLikeCategory(
  text: string,
  previous: string | null,
  known: ReadonlySet<string>,
): boolean {
  if (known.has(text)) return true;
  if (text.length > 60 || /[,;:.]$/.test(text) || text.includes(',')) return false;
  const stripped = text.replace(/^\([^)\s]{1,8}\)(?=\S)/, '');
  if (!/^[A-ZÀ-Þ]/.test(stripped)) return false;
  if (
    previous !== null &&
    /([-,/]|\b(van|en|of|de|het|een|met|voor|in|op|aan|tot|zoals|waaronder|inclusief))$/i.test(
      previous,
    )
  ) {
    return false;
  }
  return true;
}

/** Finds the first line of the body: a core-task heading followed by a "Complexiteit" label. */
function findBodyStart(lines: readonly SourceLine[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i += 1) {
    const match = HEADING.exec(lines[i].text);
    if (!match) continue;
    const code = match[1];
    if (!isWorkProcess(code)) {
      let j = i + 1;
      while (j < lines.length && lines[j].text === '') j += 1;
      if (j < lines.length && headingKey(lines[j].text) === 'complexiteit') {
        return i;
      }
    }
    if (seen.has(code)) return i;
    seen.add(code);
  }
  return -1;
}

function parseOverview(
  lines: readonly SourceLine[],
  warnings: DossierWarning[],
): { units: OverviewUnit[]; profiles: MboProfile[] } {
  const units: OverviewUnit[] = [];
  const seen = new Set<string>();
  const profiles: MboProfile[] = [];
  const profileNames = new Map<string, string>();
  let current: { unit: OverviewUnit; builder: TextBuilder } | null = null;
  let afterBlank = true;
  let row: { line: number; builder: TextBuilder; done: boolean } | null = null;
  const closeRow = (): void => {
    if (!row) return;
    const match = PROFILE_ROW.exec(row.builder.text);
    if (match) {
      profiles.push({
        code: match[1],
        name: match[2],
        mboLevel: Number(match[3]),
        eqfLevel: match[4] ? Number(match[4]) : null,
        professionalRequirements: match[5],
        qualificationType: match[6] ? match[6] : null,
        description: null,
      });
    } else {
      const name = PROFILE_LINE.exec(row.builder.text);
      if (name && !profileNames.has(name[1])) profileNames.set(name[1], name[2]);
    }
    row = null;
  };
  for (const line of lines) {
    const text = line.text;
    if (text === '') {
      afterBlank = true;
      if (row && PROFILE_ROW.test(row.builder.text)) closeRow();
      continue;
    }
    if (FOOTER.test(text)) continue;
    if (/^(?:B\d+|P\d+)-K\d+/.test(text)) {
      closeRow();
      const codes = [...text.matchAll(CODE_IN_TEXT)];
      current = null;
      codes.forEach((m, index) => {
        const start = (m.index ?? 0) + m[0].length;
        const end =
          index + 1 < codes.length ? (codes[index + 1].index ?? text.length) : text.length;
        const title = text
          .slice(start, end)
          .replace(/^\s*:\s*/, '')
          .trim();
        if (seen.has(m[0])) {
          current = null;
          return;
        }
        seen.add(m[0]);
        const unit: OverviewUnit = { code: m[0], title, line: line.no };
        units.push(unit);
        current = { unit, builder: new TextBuilder().append(title, title) };
      });
      afterBlank = false;
      continue;
    }
    const profile = PROFILE_LINE.exec(text);
    if (profile) {
      closeRow();
      current = null;
      row = { line: line.no, builder: new TextBuilder().append(line.raw, text), done: false };
      afterBlank = false;
      continue;
    }
    if (row) {
      if (!afterBlank || !PROFILE_ROW.test(row.builder.text)) {
        if (/^[A-Z]/.test(text) && afterBlank && !/^\d/.test(text) && LABELS.has(headingKey(text)))
          closeRow();
        else {
          row.builder.append(line.raw, text);
          afterBlank = false;
          continue;
        }
      } else closeRow();
    }
    if (LABELS.has(headingKey(text))) {
      current = null;
    } else if (current && !afterBlank) {
      const cur: { unit: OverviewUnit; builder: TextBuilder } = current;
      cur.builder.append(line.raw, text);
      cur.unit.title = cur.builder.text;
    } else current = null;
    afterBlank = false;
  }
  closeRow();
  for (const [code, name] of profileNames) {
    if (!profiles.some((p) => p.code === code)) {
      profiles.push({
        code,
        name,
        mboLevel: null,
        eqfLevel: null,
        professionalRequirements: null,
        qualificationType: null,
        description: null,
      });
      warnings.push({
        line: null,
        message: `Profile ${code} is not in the profile table; its level is unknown until the body gives it.`,
      });
    }
  }
  return { units, profiles };
}

function newWorkProcess(code: string, title: string, line: number): WorkProcessState {
  return {
    code,
    title,
    description: '',
    result: '',
    actor: null,
    behaviours: [],
    competences: [],
    line,
    descriptionText: new TextBuilder(),
    resultText: new TextBuilder(),
    competenceText: new TextBuilder(),
    hasCompetenceLine: false,
  };
}

function newCoreTask(code: string, title: string, line: number): CoreTaskState {
  const part = partOf(code);
  return {
    code,
    title,
    profile: part.startsWith('P') ? part : null,
    line,
    complexityText: new TextBuilder(),
    responsibilityText: new TextBuilder(),
    knowledge: [],
    workProcesses: [],
  };
}

function findMetadata(lines: readonly SourceLine[]): {
  code: string | null;
  title: string | null;
  version: string | null;
} {
  let code: string | null = null;
  let title: string | null = null;
  let version: string | null = null;
  for (const line of lines.slice(0, 80)) {
    const crebo = /\b(?:crebo(?:nummer)?|dossiercode|code)\s*:?\s*(\d{5})\b/i.exec(line.text);
    if (crebo && !code) code = crebo[1];
    const ver = /^(?:versie|geldig (?:vanaf|per))\s*:?\s*(\S.*)$/i.exec(line.text);
    if (ver && !version) version = ver[1];
    const named = /^Kwalificatiedossier\s*:?\s+([A-Z][^.]{0,80})$/.exec(line.text);
    if (named && !title) title = named[1];
  }
  return { code, title, version };
}

export function parseMboDossier(
  lines: readonly SourceLine[],
  options: ParseOptions = {},
): ParsedMboDossier {
  const warnings: DossierWarning[] = [];
  const lastLine = [...lines].reverse().find((l) => l.text !== '');
  const endLine = lastLine ? lastLine.no : 1;
  const bodyStart = findBodyStart(lines);
  const overviewLines = bodyStart >= 0 ? lines.slice(0, bodyStart) : lines;
  const overview = parseOverview(overviewLines, warnings);
  options.onProgress?.(0.2);
  if (bodyStart < 0) {
    if (overview.units.length > 0) {
      throw new DossierParseError(
        'truncated',
        `MBO dossier lists ${overview.units.length} core tasks and work processes in its overview but the text ends at line ${endLine} before any of them is described.`,
        endLine,
      );
    }
    throw new DossierParseError(
      'not_a_dossier',
      'The text has no MBO core tasks or work processes (codes such as B1-K1-W1).',
    );
  }

  const overviewByCode = new Map(overview.units.map((u) => [u.code, u]));
  const profiles = overview.profiles;
  const knownCategories = new Set<string>();
  const coreTasks: CoreTaskState[] = [];
  const bodyCodes = new Set<string>();
  let profile: MboProfile | null = null;
  let task: CoreTaskState | null = null;
  let work: WorkProcessState | null = null;
  let field: Field = 'ignore';
  let profileDescription: TextBuilder | null = null;
  let actorExpected = false;
  let lastKnowledge: { category: string | null; builder: TextBuilder } | null = null;
  let category: string | null = null;

  const titleFor = (code: string, bodyTitle: string | null, line: number): string => {
    const fromOverview = overviewByCode.get(code);
    if (!fromOverview) {
      if (overview.units.length > 0)
        warnings.push({
          line,
          message: `${code} appears in the body but not in the overview tables.`,
        });
      return bodyTitle ?? '';
    }
    if (bodyTitle !== null && matchKey(bodyTitle) !== matchKey(fromOverview.title)) {
      warnings.push({
        line,
        message: `Title of ${code} in the body ("${bodyTitle}") differs from the overview ("${fromOverview.title}"); kept the overview title.`,
      });
    }
    return fromOverview.title;
  };

  const openTask = (code: string, bodyTitle: string | null, line: number): CoreTaskState => {
    const created = newCoreTask(code, titleFor(code, bodyTitle, line), line);
    coreTasks.push(created);
    bodyCodes.add(code);
    task = created;
    work = null;
    category = null;
    lastKnowledge = null;
    return created;
  };

  const openWork = (
    owner: CoreTaskState,
    code: string,
    bodyTitle: string | null,
    line: number,
  ): WorkProcessState => {
    const created = newWorkProcess(code, titleFor(code, bodyTitle, line), line);
    owner.workProcesses.push(created);
    bodyCodes.add(code);
    work = created;
    return created;
  };

  /** The next unit in overview order after `afterCode` that satisfies `accept` and is not yet in the body. */
  const nextFromOverview = (
    afterCode: string,
    accept: (code: string) => boolean,
  ): OverviewUnit | null => {
    const start = overview.units.findIndex((u) => u.code === afterCode);
    for (let i = start + 1; i < overview.units.length; i += 1) {
      const unit = overview.units[i];
      if (accept(unit.code) && !bodyCodes.has(unit.code)) return unit;
    }
    return null;
  };

  const total = lines.length - bodyStart;
  for (let index = bodyStart; index < lines.length; index += 1) {
    if (options.onProgress && (index - bodyStart) % 500 === 0)
      options.onProgress(0.2 + (0.7 * (index - bodyStart)) / total);
    const line = lines[index];
    const text = line.text;
    if (text === '') {
      if (field === 'competences') field = 'ignore';
      continue;
    }
    if (FOOTER.test(text)) continue;

    const heading = HEADING.exec(text);
    if (heading) {
      const code = heading[1];
      const openTaskState = task as CoreTaskState | null;
      const openWorkState = work as WorkProcessState | null;
      if (code === openTaskState?.code || code === openWorkState?.code) continue; // running page header
      if (bodyCodes.has(code)) {
        warnings.push({
          line: line.no,
          message: `Heading ${code} repeated out of place; ignored.`,
        });
        continue;
      }
      if (isWorkProcess(code)) {
        const taskCode = coreTaskOf(code);
        let owner = openTaskState;
        if (!owner || owner.code !== taskCode) {
          owner = coreTasks.find((t) => t.code === taskCode) ?? null;
          if (!owner) {
            owner = openTask(taskCode, null, line.no);
            warnings.push({
              line: line.no,
              message: `Heading of core task ${taskCode} is missing; opened it for ${code}.`,
            });
          }
          task = owner;
        }
        openWork(owner, code, heading[2], line.no);
      } else {
        openTask(code, heading[2], line.no);
      }
      field = 'ignore';
      continue;
    }

    const profileHeading = PROFILE_LINE.exec(text);
    if (profileHeading) {
      const known = profiles.find((p) => p.code === profileHeading[1]);
      let next = index + 1;
      while (next < lines.length && lines[next].text === '') next += 1;
      const followedByLevel =
        next < lines.length && LABELS.get(headingKey(lines[next].text)) === 'mboLevel';
      if (followedByLevel || (known && matchKey(known.name) === matchKey(profileHeading[2]))) {
        const openProfile = profile as MboProfile | null;
        if (openProfile?.code === profileHeading[1]) continue; // running page header
        profile = known ?? null;
        if (!profile) {
          profile = {
            code: profileHeading[1],
            name: profileHeading[2],
            mboLevel: null,
            eqfLevel: null,
            professionalRequirements: null,
            qualificationType: null,
            description: null,
          };
          profiles.push(profile);
          if (overview.profiles.length > 0)
            warnings.push({
              line: line.no,
              message: `Profile ${profileHeading[1]} is not in the profile table.`,
            });
        }
        task = null;
        work = null;
        field = 'ignore';
        continue;
      }
    }

    const key = text.length <= 60 ? headingKey(text) : '';
    const label = LABELS.get(key) ?? (/^generieke onderdelen/.test(key) ? 'ignore' : undefined);
    if (label !== undefined) {
      const openTaskState = task as CoreTaskState | null;
      const openWorkState = work as WorkProcessState | null;
      if (label === 'complexity' && openTaskState && openTaskState.workProcesses.length > 0) {
        const part = partOf(openTaskState.code);
        const next = nextFromOverview(
          openTaskState.code,
          (c) => !isWorkProcess(c) && partOf(c) === part,
        );
        if (next) {
          openTask(next.code, null, line.no);
          warnings.push({
            line: line.no,
            message: `Heading of core task ${next.code} is missing; recovered from the overview order.`,
          });
        } else
          warnings.push({
            line: line.no,
            message:
              'A "Complexiteit" label follows work processes but the overview has no next core task.',
          });
      } else if (
        label === 'description' &&
        openTaskState &&
        (!openWorkState || openWorkState.hasCompetenceLine)
      ) {
        const next = nextFromOverview(
          openWorkState?.code ?? openTaskState.code,
          (c) => isWorkProcess(c) && coreTaskOf(c) === openTaskState.code,
        );
        if (next) {
          openWork(openTaskState, next.code, null, line.no);
          warnings.push({
            line: line.no,
            message: `Heading of work process ${next.code} is missing; recovered from the overview order.`,
          });
        } else
          warnings.push({
            line: line.no,
            message: `An "Omschrijving" label in ${openTaskState.code} has no work process to belong to.`,
          });
      }
      field = label;
      if (label === 'behaviour') actorExpected = true;
      if (label === 'knowledge') {
        category = null;
        lastKnowledge = null;
      }
      if (label === 'profileDescription') profileDescription = new TextBuilder();
      continue;
    }

    const competences = COMPETENCES.exec(text);
    if (competences && work) {
      const w = work as WorkProcessState;
      w.hasCompetenceLine = true;
      w.competenceText.append(competences[1], competences[1]);
      field = 'competences';
      continue;
    }

    const t = task as CoreTaskState | null;
    const w = work as WorkProcessState | null;
    switch (field) {
      case 'complexity':
        t?.complexityText.append(line.raw, text);
        break;
      case 'responsibility':
        t?.responsibilityText.append(line.raw, text);
        break;
      case 'knowledge': {
        if (!t) break;
        const marker = ITEM_MARKER.exec(text);
        if (marker) {
          const item = {
            category,
            builder: new TextBuilder().append('', text.slice(marker[0].length)),
          };
          t.knowledge.push(item);
          lastKnowledge = item;
        } else if (
          lastKnowledge === null &&
          t.knowledge.length === 0 &&
          category === null &&
          /:$/.test(text)
        ) {
          // intro line such as "De beginnend beroepsbeoefenaar:"
        } else {
          const previous = lastKnowledge as { builder: TextBuilder } | null;
          if (
            previous === null ||
            looksLikeCategory(text, previous.builder.text, knownCategories)
          ) {
            category = text;
            knownCategories.add(text);
            lastKnowledge = null;
          } else previous.builder.append(line.raw, text);
        }
        break;
      }
      case 'description':
        w?.descriptionText.append(line.raw, text);
        break;
      case 'result':
        w?.resultText.append(line.raw, text);
        break;
      case 'behaviour': {
        if (!w) break;
        const bullet = BEHAVIOUR_MARKER.exec(text);
        if (bullet) {
          actorExpected = false;
          w.behaviours.push({ id: '', text: text.slice(bullet[0].length) });
        } else if (actorExpected && w.behaviours.length === 0) {
          w.actor = w.actor === null ? text : `${w.actor} ${text}`;
          if (/:$/.test(text)) actorExpected = false;
        } else if (w.behaviours.length > 0) {
          const last = w.behaviours[w.behaviours.length - 1];
          last.text = new TextBuilder().append('', last.text).append(line.raw, text).text;
        } else
          warnings.push({
            line: line.no,
            message: `Text in Gedrag of ${w.code} before any behaviour was ignored: "${text}".`,
          });
        break;
      }
      case 'competences':
        w?.competenceText.append(line.raw, text);
        break;
      case 'mboLevel': {
        const level = /^(\d)\b/.exec(text);
        if (level && profile) {
          const p = profile as MboProfile;
          if (p.mboLevel === null) p.mboLevel = Number(level[1]);
          else if (p.mboLevel !== Number(level[1])) {
            warnings.push({
              line: line.no,
              message: `Profile ${p.code}: body gives mbo level ${level[1]}, the overview ${p.mboLevel}; kept the overview.`,
            });
          }
        }
        field = 'ignore';
        break;
      }
      case 'profileDescription':
        profileDescription?.append(line.raw, text);
        if (profile && profileDescription)
          (profile as MboProfile).description = profileDescription.text;
        break;
      case 'profileRequirements':
        if (profile && (profile as MboProfile).professionalRequirements === null)
          (profile as MboProfile).professionalRequirements = text;
        field = 'ignore';
        break;
      default:
        break;
    }
  }
  options.onProgress?.(0.9);

  // Check the body against the overview; a body that stops early is a truncated file.
  const missing = overview.units.filter((u) => !bodyCodes.has(u.code));
  if (missing.length > 0) {
    const lastInBody = Math.max(...overview.units.map((u, i) => (bodyCodes.has(u.code) ? i : -1)));
    const trailing = overview.units.slice(lastInBody + 1);
    if (trailing.length > 0) {
      throw new DossierParseError(
        'truncated',
        `MBO dossier text ends at line ${endLine} but the overview announces ${trailing.length} more core task(s)/work process(es) (${trailing[0].code} … ${trailing[trailing.length - 1].code}).`,
        endLine,
      );
    }
    for (const unit of missing)
      warnings.push({
        line: unit.line,
        message: `${unit.code} "${unit.title}" is in the overview but not in the body.`,
      });
  }
  const lastTask = coreTasks[coreTasks.length - 1];
  const lastWork = lastTask?.workProcesses[lastTask.workProcesses.length - 1];
  if (!lastTask || lastTask.workProcesses.length === 0) {
    throw new DossierParseError(
      'truncated',
      `MBO dossier text ends at line ${endLine} without any work process for ${lastTask ? lastTask.code : 'its core tasks'}.`,
      endLine,
    );
  }
  if (lastWork && (!lastWork.hasCompetenceLine || lastWork.behaviours.length === 0)) {
    throw new DossierParseError(
      'truncated',
      `MBO dossier text ends abruptly at line ${endLine} inside work process ${lastWork.code} (no ${lastWork.behaviours.length === 0 ? 'behaviours' : 'competence line'}).`,
      endLine,
    );
  }

  const order = new Map(overview.units.map((u, i) => [u.code, i]));
  const byOverview = (a: { code: string }, b: { code: string }): number =>
    (order.get(a.code) ?? 1e9) - (order.get(b.code) ?? 1e9);
  const result: MboCoreTask[] = coreTasks.map((t) => {
    const workProcesses = [...t.workProcesses].sort(byOverview).map((w): MboWorkProcess => {
      for (const [label, value] of [
        ['Omschrijving', w.descriptionText.text],
        ['Resultaat', w.resultText.text],
      ] as const) {
        if (value === '') warnings.push({ line: w.line, message: `${w.code} has no ${label}.` });
      }
      if (w.behaviours.length === 0)
        warnings.push({ line: w.line, message: `${w.code} has no behaviours (Gedrag).` });
      if (!w.hasCompetenceLine)
        warnings.push({ line: w.line, message: `${w.code} has no competence line.` });
      return {
        code: w.code,
        title: w.title,
        description: w.descriptionText.text,
        result: w.resultText.text,
        actor: w.actor,
        behaviours: w.behaviours.map((b, i) => ({
          id: `${w.code}-G${String(i + 1).padStart(2, '0')}`,
          text: cleanText(b.text),
        })),
        competences: w.competenceText.text
          .split(',')
          .map((c) => cleanText(c))
          .filter((c) => c !== ''),
      };
    });
    if (t.knowledge.length === 0)
      warnings.push({ line: t.line, message: `${t.code} has no Vakkennis en vaardigheden items.` });
    return {
      code: t.code,
      title: t.title,
      profile: t.profile,
      complexity: t.complexityText.text,
      responsibility: t.responsibilityText.text,
      knowledgeAndSkills: t.knowledge.map((k): MboKnowledgeItem => ({
        category: k.category,
        text: k.builder.text,
        kind: knowledgeKind(k.builder.text),
      })),
      workProcesses,
    };
  });
  result.sort(byOverview);
  const meta = findMetadata(lines);
  options.onProgress?.(1);
  return {
    family: 'mbo',
    code: meta.code,
    title: meta.title,
    version: meta.version,
    profiles,
    coreTasks: result,
    warnings,
  };
}
