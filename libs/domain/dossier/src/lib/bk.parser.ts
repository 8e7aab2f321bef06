import { DossierParseError } from './dossier.errors';
import type {
  BkActivity,
  BkActorBlock,
  BkActors,
  BkCompetency,
  BkDescriptors,
  BkKnowledge,
  BkLayout,
  BkLevel,
  BkReferenceFrameworks,
  CompetentFicheRef,
  DossierWarning,
  ParsedBkDossier,
  ParseOptions,
  SkillType,
} from './dossier.types';
import { isKnowledgeText, knowledgeDepth, Lexicon } from './bk-lexicon';
import { isPageArtefact, parsePdfCompetencies, type RawCompetency } from './bk-pdf-competencies';
import { splitBkSections, type BkSectionMap } from './bk-sections';
import { matchKey, stripListMarker, TextBuilder, type SourceLine } from './text';

const WEB_COMPETENCY = /^(?:[•·▪●]\s*)?Competentie (\d+)\s*:?\s*(.*)$/i;
const WEB_KNOWLEDGE_INTRO = /^(?:[•·▪●]\s*)?met inbegrip van (?:de )?kennis\s*:?$/i;

export function detectBkLayout(lines: readonly SourceLine[]): BkLayout {
  return lines.some(
    (line) =>
      WEB_COMPETENCY.test(line.text) && /^\s*(?:[•·▪●]\s*)?Competentie \d+\s*:/i.test(line.raw),
  )
    ? 'web'
    : 'pdf';
}

interface ListItem {
  text: string;
  line: number;
}

/**
 * Parses a list section: items start with a list marker, non-marker lines continue the item (blank
 * lines inside an item are ignored). When no line carries a marker, every line that starts like an item
 * (capital letter, or the knowledge prefix for knowledge lists) starts one.
 */
export function parseListItems(
  lines: readonly SourceLine[] | null,
  knowledgeList = false,
): ListItem[] {
  if (!lines) return [];
  const content = lines.filter((l) => l.text !== '' && !isPageArtefact(l.text));
  const withMarker = content.filter((l) => stripListMarker(l.text).marker).length;
  const markerMode = withMarker > 0;
  const allLower = content.every((l) => /^[a-zà-ÿ]/.test(l.text));
  const items: Array<{ builder: TextBuilder; line: number }> = [];
  for (const line of content) {
    const { text, marker } = stripListMarker(line.text);
    let starts: boolean;
    if (markerMode) starts = marker || items.length === 0;
    else if (knowledgeList) starts = isKnowledgeText(text) || items.length === 0;
    else starts = items.length === 0 || allLower || /^[A-ZÀ-Þ0-9"“‘']/.test(text);
    if (starts) items.push({ builder: new TextBuilder().append(line.raw, text), line: line.no });
    else items[items.length - 1].builder.append(line.raw, text);
  }
  return items
    .map((item) => ({ text: item.builder.text, line: item.line }))
    .filter((i) => i.text !== '');
}

/** Drops a first line that only finishes a wrapped heading ("… / maatschappelijke" + "relevantie"). */
function withoutHeadingTail(lines: SourceLine[] | null): SourceLine[] | null {
  if (!lines) return null;
  const first = lines.findIndex((l) => l.text !== '');
  if (first >= 0 && /^[a-zà-ÿ]+$/.test(lines[first].text)) return lines.slice(first + 1);
  return lines;
}

function paragraph(lines: readonly SourceLine[] | null): string | null {
  if (!lines) return null;
  const builder = new TextBuilder();
  for (const line of lines)
    if (line.text !== '' && !isPageArtefact(line.text)) builder.append(line.raw, line.text);
  return builder.text;
}

function parseHeader(
  map: BkSectionMap,
  lines: readonly SourceLine[],
): { code: string | null; version: number | null; coverTitle: string | null } {
  let code: string | null = null;
  let version: number | null = null;
  for (const line of lines) {
    const match = /\bBK-(\d{3,4})-(\d+)\b/.exec(line.text);
    if (match && !/DOC\./.test(line.text)) {
      code = `BK-${match[1]}-${match[2]}`;
      version = Number(match[2]);
      break;
    }
    if (
      map.sections.length > 0 &&
      line.no >= map.sections[0].heading.no &&
      code === null &&
      line.no > map.sections[0].heading.no + 400
    )
      break;
  }
  const cover = map.preamble.filter(
    (l) => l.text !== '' && !isPageArtefact(l.text) && !/^BK-\d/.test(l.text),
  );
  const titleLine = cover.find(
    (l) => !/beroepskwalificatiedossier/i.test(l.text) && !/actuele versie/i.test(l.text),
  );
  return { code, version, coverTitle: titleLine ? titleLine.text : null };
}

function parseTitle(lines: readonly SourceLine[] | null): {
  title: string | null;
  fiches: CompetentFicheRef[];
} {
  if (!lines) return { title: null, fiches: [] };
  const fiches: CompetentFicheRef[] = [];
  const titleLines: SourceLine[] = [];
  let inNote = false;
  for (const line of lines) {
    if (line.text === '') {
      if (titleLines.length > 0) inNote = true;
      continue;
    }
    if (/competent/i.test(line.text) || inNote) {
      inNote = true;
      for (const m of line.text.matchAll(/["“”„]\s*([A-Z]\d{6})\s+([^"“”„]+?)\s*["“”„]/g)) {
        fiches.push({ code: m[1], name: m[2] });
      }
      continue;
    }
    titleLines.push(line);
  }
  const builder = new TextBuilder();
  for (const line of titleLines) builder.append(line.raw, line.text);
  return { title: builder.isEmpty ? null : builder.text, fiches };
}

function parseLevel(lines: readonly SourceLine[] | null): BkLevel {
  if (!lines) return { vks: null, eqf: null };
  const text = lines.map((l) => l.text).join(' ');
  const vks = /VKS\D{0,10}(\d)/i.exec(text);
  const eqf = /EQF\D{0,10}(\d)/i.exec(text);
  if (vks || eqf) return { vks: vks ? Number(vks[1]) : null, eqf: eqf ? Number(eqf[1]) : null };
  const single = /\b(\d)\b/.exec(text);
  if (!single) return { vks: null, eqf: null };
  return { vks: Number(single[1]), eqf: Number(single[1]) };
}

function isDetailLine(text: string): boolean {
  return /^[+\d(]/.test(text) || /@/.test(text) || /^(tel|fax|e-?mail|www)\b/i.test(text);
}

function parseActors(lines: readonly SourceLine[] | null): BkActors | null {
  if (!lines) return null;
  const actors: BkActors = { mainSubmitters: [], coSubmitters: [] };
  let target = actors.mainSubmitters;
  let block: BkActorBlock | null = null;
  for (const line of lines) {
    if (isPageArtefact(line.text)) continue;
    if (line.text === '') {
      block = null;
      continue;
    }
    const key = line.text.toLowerCase().replace(/[:\s]+$/, '');
    if (key === 'hoofdindieners' || key === 'hoofdindiener') {
      target = actors.mainSubmitters;
      block = null;
      continue;
    }
    if (key === 'mede-indieners' || key === 'mede-indiener' || key === 'medeindieners') {
      target = actors.coSubmitters;
      block = null;
      continue;
    }
    const text = stripListMarker(line.text).text;
    if (!block && isDetailLine(text) && target.length > 0) block = target[target.length - 1];
    if (block) block.details.push(text);
    else {
      block = { name: text, details: [] };
      target.push(block);
    }
  }
  return actors;
}

function parseReferenceFrameworks(
  lines: readonly SourceLine[] | null,
): BkReferenceFrameworks | null {
  if (!lines) return null;
  const used: SourceLine[] = [];
  const relation: SourceLine[] = [];
  let mode: 'used' | 'relation' = 'used';
  for (const line of lines) {
    const key = line.text.toLowerCase();
    if (/^gehanteerde referentiekader/.test(key)) {
      mode = 'used';
      continue;
    }
    if (/^relatie (tot|met) het referentiekader/.test(key)) {
      mode = 'relation';
      continue;
    }
    (mode === 'used' ? used : relation).push(line);
  }
  return { used: parseListItems(used).map((i) => i.text), relation: paragraph(relation) || null };
}

function parseWebCompetencies(lines: readonly SourceLine[]): RawCompetency[] {
  const out: RawCompetency[] = [];
  let current: RawCompetency | null = null;
  let awaitingTitle = false;
  let mode: 'activity' | 'knowledge' = 'activity';
  for (const line of lines) {
    if (line.text === '' || isPageArtefact(line.text)) continue;
    const competency = WEB_COMPETENCY.exec(line.text);
    if (competency) {
      current = {
        number: Number(competency[1]),
        title: competency[2].trim(),
        line: line.no,
        items: [],
      };
      out.push(current);
      awaitingTitle = current.title === '';
      mode = 'activity';
      continue;
    }
    if (!current) continue;
    if (WEB_KNOWLEDGE_INTRO.test(line.text)) {
      awaitingTitle = false;
      mode = 'knowledge';
      continue;
    }
    const { text, marker } = stripListMarker(line.text);
    if (awaitingTitle) {
      current.title = text;
      awaitingTitle = false;
      continue;
    }
    const last = current.items[current.items.length - 1];
    const continuation =
      !marker &&
      last !== undefined &&
      last.kind === mode &&
      /^[a-zà-ÿ(]/.test(text) &&
      mode === 'activity'
        ? true
        : !marker &&
          last !== undefined &&
          mode === 'knowledge' &&
          !isKnowledgeText(text) &&
          last.kind === 'knowledge';
    if (continuation && last) {
      last.text = new TextBuilder().append('', last.text).append(line.raw, text).text;
      continue;
    }
    current.items.push({ kind: mode, text, line: line.no, tick: null });
  }
  return out;
}

function skillOf(entryTypes: readonly SkillType[] | undefined): SkillType | null {
  return entryTypes && entryTypes.length > 0 ? entryTypes[0] : null;
}

export function parseBkDossier(
  lines: readonly SourceLine[],
  options: ParseOptions = {},
): ParsedBkDossier {
  const warnings: DossierWarning[] = [];
  const layout = detectBkLayout(lines);
  const map = splitBkSections(lines);
  options.onProgress?.(0.2);
  const header = parseHeader(map, lines);
  const lastLine = [...lines].reverse().find((l) => l.text !== '');
  const endLine = lastLine ? lastLine.no : 1;

  const listSection = map.get('opsomming');
  if (!listSection) {
    throw new DossierParseError(
      'truncated',
      `BK dossier${header.code ? ` ${header.code}` : ''} has no competency list ("Opsomming competenties"); the text ends at line ${endLine}.`,
      endLine,
    );
  }
  if (!map.get('beschrijving')) {
    throw new DossierParseError(
      'truncated',
      `BK dossier${header.code ? ` ${header.code}` : ''} stops inside the competency list (line ${endLine}): the section "Beschrijving competenties a.d.h.v. de descriptorelementen" is missing.`,
      endLine,
    );
  }
  if (!map.get('verantwoordelijkheid')) {
    throw new DossierParseError(
      'truncated',
      `BK dossier${header.code ? ` ${header.code}` : ''} stops inside the descriptor section (line ${endLine}): "Verantwoordelijkheid" is missing.`,
      endLine,
    );
  }

  const knowledgeItems = parseListItems(map.linesOf('kennis'), true);
  const cognitive = parseListItems(map.linesOf('cognitief'));
  const problemSolving = parseListItems(map.linesOf('probleemoplossend'));
  const motor = parseListItems(map.linesOf('motorisch'));
  const responsibility = parseListItems(map.linesOf('verantwoordelijkheid'));
  const descriptors: BkDescriptors = {
    knowledge: knowledgeItems.map((i) => i.text),
    cognitiveSkills: cognitive.map((i) => i.text),
    problemSolvingSkills: problemSolving.map((i) => i.text),
    motorSkills: motor.map((i) => i.text),
    environmentContext: parseListItems(map.linesOf('omgeving')).map((i) => i.text),
    actionContext: parseListItems(map.linesOf('handeling')).map((i) => i.text),
    autonomy: {
      independentIn: parseListItems(map.linesOf('zelfstandig')).map((i) => i.text),
      boundBy: parseListItems(map.linesOf('gebonden')).map((i) => i.text),
      reliesOn: parseListItems(map.linesOf('beroep')).map((i) => i.text),
    },
    responsibility: responsibility.map((i) => i.text),
  };

  const activityLexicon = new Lexicon();
  for (const item of cognitive) activityLexicon.add(item.text, item.line, 'cognitive');
  for (const item of problemSolving) activityLexicon.add(item.text, item.line, 'problem-solving');
  for (const item of motor) activityLexicon.add(item.text, item.line, 'motor');
  const knowledgeLexicon = new Lexicon();
  for (const item of knowledgeItems) knowledgeLexicon.add(item.text, item.line);
  options.onProgress?.(0.4);

  const raw =
    layout === 'web'
      ? parseWebCompetencies(listSection.lines)
      : parsePdfCompetencies(
          listSection.lines,
          activityLexicon,
          knowledgeLexicon,
          descriptors.responsibility,
          warnings,
        );
  options.onProgress?.(0.8);

  if (raw.length === 0) {
    throw new DossierParseError(
      'truncated',
      `BK dossier has a competency list (line ${listSection.heading.no}) without any competency.`,
      listSection.heading.no,
    );
  }

  const competencies: BkCompetency[] = raw.map((comp, index) => {
    if (comp.number !== index + 1) {
      warnings.push({
        line: comp.line,
        message: `Competency numbered ${comp.number} found where ${index + 1} was expected.`,
      });
    }
    const activities: BkActivity[] = [];
    const knowledge: BkKnowledge[] = [];
    for (const item of comp.items) {
      if (item.kind === 'activity') {
        const entry = activityLexicon.exact(item.text);
        let skillType: SkillType | null = skillOf(entry?.skillTypes);
        if (!entry) {
          skillType = item.tick;
          warnings.push({
            line: item.line,
            message: `Activity "${item.text}" of competency ${comp.number} is not in the 2.2 skill lists${item.tick ? `; skill type ${item.tick} taken from its tick mark` : '; skill type unknown'}.`,
          });
        } else if (entry.skillTypes.length > 1) {
          skillType =
            item.tick && entry.skillTypes.includes(item.tick) ? item.tick : entry.skillTypes[0];
          warnings.push({
            line: item.line,
            message: `Activity "${entry.text}" is listed under several skill types in 2.2; used ${skillType}.`,
          });
        } else if (item.tick && item.tick !== skillType) {
          warnings.push({
            line: item.line,
            message: `Activity "${entry.text}": its tick mark reads ${item.tick} but 2.2 lists it as ${String(skillType)}; used the 2.2 list.`,
          });
        }
        activities.push({ text: entry ? entry.text : item.text, skillType });
      } else {
        const entry = knowledgeLexicon.exact(item.text);
        const text = entry ? entry.text : item.text;
        if (!entry)
          warnings.push({
            line: item.line,
            message: `Knowledge element "${item.text}" of competency ${comp.number} is not in the 2.2 Kennis list.`,
          });
        let depth = knowledgeDepth(text);
        if (!depth) {
          depth = 'normal';
          warnings.push({
            line: item.line,
            message: `Knowledge element "${text}" does not start with Basiskennis/Kennis/Grondige kennis; depth taken as normal.`,
          });
        }
        knowledge.push({ text, depth });
      }
    }
    if (activities.length === 0)
      warnings.push({ line: comp.line, message: `Competency ${comp.number} has no activities.` });
    if (knowledge.length === 0)
      warnings.push({
        line: comp.line,
        message: `Competency ${comp.number} has no knowledge elements.`,
      });
    const expected = descriptors.responsibility[index];
    if (expected === undefined) {
      warnings.push({
        line: comp.line,
        message: `Competency ${comp.number} "${comp.title}" has no counterpart in the Verantwoordelijkheid list.`,
      });
    } else if (matchKey(expected) !== matchKey(comp.title)) {
      warnings.push({
        line: comp.line,
        message: `Title of competency ${comp.number} "${comp.title}" differs from the Verantwoordelijkheid list: "${expected}".`,
      });
    }
    return { number: comp.number, title: comp.title, activities, knowledge };
  });
  if (descriptors.responsibility.length > competencies.length) {
    const extra = responsibility.slice(competencies.length);
    warnings.push({
      line: extra[0].line,
      message: `The Verantwoordelijkheid list has ${extra.length} more title(s) than there are competencies.`,
    });
  }

  const usedActivities = new Set(
    competencies.flatMap((c) => c.activities.map((a) => matchKey(a.text))),
  );
  for (const entry of activityLexicon.all()) {
    if (!usedActivities.has(entry.key))
      warnings.push({
        line: entry.line,
        message: `Activity "${entry.text}" of the 2.2 skill lists was not found in any competency of 2.1.`,
      });
  }
  const usedKnowledge = new Set(
    competencies.flatMap((c) => c.knowledge.map((k) => matchKey(k.text))),
  );
  for (const entry of knowledgeLexicon.all()) {
    if (!usedKnowledge.has(entry.key))
      warnings.push({
        line: entry.line,
        message: `Knowledge element "${entry.text}" of the 2.2 Kennis list was not found in any competency of 2.1.`,
      });
  }

  const titleInfo = parseTitle(map.linesOf('titel'));
  const title = titleInfo.title ?? header.coverTitle;
  if (!titleInfo.title && header.coverTitle)
    warnings.push({
      line: null,
      message: 'No "Titel" section; the title was taken from the cover.',
    });
  if (!header.code) warnings.push({ line: null, message: 'No BK code (BK-dddd-v) found.' });
  const attestLines = map.linesOf('attesten');
  const sectorLines = map.linesOf('sectoren');
  options.onProgress?.(1);

  return {
    family: 'bk',
    layout,
    code: header.code,
    version: header.version,
    title,
    competentFiches: titleInfo.fiches,
    definition: paragraph(map.linesOf('definitie')),
    level: parseLevel(map.linesOf('niveau')),
    recognition: paragraph(map.linesOf('erkenning')),
    sectors: sectorLines ? parseListItems(sectorLines).map((i) => i.text) : null,
    actors: parseActors(map.linesOf('actoren')),
    referenceFrameworks: parseReferenceFrameworks(map.linesOf('referentiekader')),
    competencies,
    descriptors,
    attestations: attestLines
      ? parseListItems(attestLines.filter((l) => !/^wettelijke attesten/i.test(l.text))).map(
          (i) => i.text,
        )
      : null,
    labourMarketRelevance: paragraph(withoutHeadingTail(map.linesOf('arbeidsmarkt'))),
    coherence: paragraph(map.linesOf('samenhang')),
    warnings,
  };
}
