import type { SkillType } from './dossier.types';
import { isKnowledgeText, type Lexicon } from './bk-lexicon';
import { cleanText, joinsWithoutSpace, leadingSpaces, matchKey, type SourceLine } from './text';

export type ItemKind = 'activity' | 'knowledge';

/** An activity or knowledge element rebuilt from the fragments of section 2.1, before validation. */
export interface RawItem {
  kind: ItemKind;
  text: string;
  line: number;
  tick: SkillType | null;
}

export interface RawCompetency {
  number: number;
  title: string;
  line: number;
  items: RawItem[];
}

export interface RawWarning {
  line: number | null;
  message: string;
}

interface Fragment {
  no: number;
  /** Raw text for the hyphen rule, tick marks removed. */
  raw: string;
  text: string;
  bullet: boolean;
  lead: number;
  tick: SkillType | null;
  blank: boolean;
}

interface Part {
  raw: string;
  text: string;
}

interface WorkItem {
  kind: ItemKind;
  parts: Part[];
  line: number;
  tick: SkillType | null;
}

const HEADER_WORDS = new Set([
  'activiteiten',
  'vaardigheden',
  'kenniselementen',
  'per',
  'activiteitenblok',
  'cognitief',
  'probleemoplossend',
  'motorisch',
]);

/** Page artefacts: decorative rules, footers, page numbers, repeated table headers. */
export function isPageArtefact(text: string): boolean {
  if (/^[/\\|_=*~.\-–—]{4,}$/.test(text)) return true;
  if (/^VR \d{4} \d{4} DOC\.\d+\/\d+$/i.test(text)) return true;
  if (/^(pagina |p\. ?)?\d{1,3}( ?(\/|van) ?\d{1,3})?$/i.test(text)) return true;
  const words = text.toLowerCase().split(' ');
  return words.length > 0 && words.every((w) => HEADER_WORDS.has(w));
}

/** Marks runs of 2–3-letter lines (vertical column labels broken into pieces: "Co" "gn" "iti" "ev" "e"). */
function verticalLabelLines(lines: readonly SourceLine[]): Set<number> {
  const marked = new Set<number>();
  let run: SourceLine[] = [];
  const flush = (): void => {
    const joined = run
      .map((l) => l.text)
      .join('')
      .toLowerCase();
    if (run.length >= 3 || (run.length >= 2 && /cogn|probl|motor|vaardig/.test(joined))) {
      for (const l of run) marked.add(l.no);
    }
    run = [];
  };
  for (const line of lines) {
    if (line.text === '') continue;
    if (/^[a-zà-ÿ]{1,3}$/i.test(line.text)) run.push(line);
    else flush();
  }
  flush();
  return marked;
}

function tickType(raw: string): SkillType | null {
  const index = raw.lastIndexOf('\uF0FC');
  if (index < 0) return null;
  const after = /^ */.exec(raw.slice(index + 1));
  const spaces = after ? after[0].length : 0;
  if (spaces >= 3) return 'cognitive';
  if (spaces === 2) return 'problem-solving';
  if (spaces === 1) return 'motor';
  // A tick at the very end of the line: its column cannot be told once trailing spaces are lost.
  return index + 1 + spaces < raw.length ? 'motor' : null;
}

function toFragments(lines: readonly SourceLine[], warnings: RawWarning[]): Fragment[] {
  const labels = verticalLabelLines(lines);
  const out: Fragment[] = [];
  for (const line of lines) {
    const blank = line.text === '' && !line.raw.includes('\uF0FC');
    if (blank) {
      out.push({ no: line.no, raw: '', text: '', bullet: false, lead: 0, tick: null, blank: true });
      continue;
    }
    if (labels.has(line.no) || isPageArtefact(line.text)) {
      if (!/^[/\\|_=*~.\-–—]{4,}$/.test(line.text)) {
        warnings.push({ line: line.no, message: `Dropped page artefact "${line.text}" in 2.1.` });
      }
      continue;
    }
    const tick = tickType(line.raw);
    const raw = line.raw.replace(/ *\uF0FC */g, '');
    const lead = leadingSpaces(line.raw);
    // A bullet in the middle of a line: the end of one item and the start of the next on one line.
    const pieces = raw.split(/ (?=• )/);
    pieces.forEach((piece, index) => {
      const text = cleanText(piece);
      if (text === '' && !tick) return;
      const bullet = /^[•·▪●]/.test(text);
      out.push({
        no: line.no,
        raw: piece,
        text: bullet ? text.replace(/^[•·▪●]\s*/, '') : text,
        bullet,
        lead: index === 0 ? lead : 0,
        tick: index === pieces.length - 1 ? tick : null,
        blank: false,
      });
    });
  }
  return out;
}

function joinParts(parts: readonly Part[], extra?: Part): string {
  let value = '';
  let lastRaw = '';
  const all = extra ? [...parts, extra] : parts;
  for (const part of all) {
    if (part.text === '') continue;
    value =
      value === ''
        ? part.text
        : value + (joinsWithoutSpace(lastRaw, part.text) ? '' : ' ') + part.text;
    lastRaw = part.raw;
  }
  return value;
}

/**
 * Rebuilds the competencies of a PDF-layout section 2.1 (columns flattened page by page) using the
 * single-column lists of 2.2 as a lexicon: a fragment continues the pending activity or knowledge item
 * whose text it extends towards a known entry.
 */
export function parsePdfCompetencies(
  lines: readonly SourceLine[],
  activities: Lexicon,
  knowledge: Lexicon,
  titles: readonly string[],
  warnings: RawWarning[],
): RawCompetency[] {
  const fragments = toFragments(lines, warnings);
  const lexicon = (kind: ItemKind): Lexicon => (kind === 'activity' ? activities : knowledge);
  const competencies: RawCompetency[] = [];
  let current: {
    number: number;
    line: number;
    title: Part[];
    titleDone: boolean;
    titleBlank: boolean;
    items: WorkItem[];
  } | null = null;
  const st: {
    pending: Record<ItemKind, WorkItem | null>;
    lastKind: ItemKind;
    lastActivity: WorkItem | null;
  } = {
    pending: { activity: null, knowledge: null },
    lastKind: 'activity',
    lastActivity: null,
  };
  const anyBullets = fragments.some((f) => f.bullet);

  const finish = (): void => {
    if (!current) return;
    competencies.push({
      number: current.number,
      title: joinParts(current.title),
      line: current.line,
      items: current.items.map((item) => ({
        kind: item.kind,
        text: joinParts(item.parts),
        line: item.line,
        tick: item.tick,
      })),
    });
  };

  const startItem = (kind: ItemKind, fragment: Fragment): WorkItem => {
    const item: WorkItem = {
      kind,
      parts: [{ raw: fragment.raw, text: fragment.text }],
      line: fragment.no,
      tick: null,
    };
    current?.items.push(item);
    st.pending[kind] = item;
    st.lastKind = kind;
    if (kind === 'activity') st.lastActivity = item;
    return item;
  };

  const append = (item: WorkItem, fragment: Fragment): void => {
    item.parts.push({ raw: fragment.raw, text: fragment.text });
    st.lastKind = item.kind;
  };

  const extends_ = (item: WorkItem | null, part: Part): boolean =>
    item !== null && lexicon(item.kind).hasPrefix(joinParts(item.parts, part));
  const isComplete = (item: WorkItem | null): boolean =>
    item !== null && lexicon(item.kind).exact(joinParts(item.parts)) !== undefined;
  const kindOf = (text: string): ItemKind => (isKnowledgeText(text) ? 'knowledge' : 'activity');
  const startsKnownItem = (text: string): boolean =>
    isKnowledgeText(text) || activities.hasPrefix(text) || knowledge.hasPrefix(text);

  /**
   * One line holds the end of one item and the start (or continuation) of another, the bullet between
   * them lost: split where the left part completes an item and the right part starts or continues one.
   */
  const trySplit = (fragment: Fragment): boolean => {
    const words = fragment.text.split(' ');
    for (let i = words.length - 1; i >= 1; i -= 1) {
      const left: Part = { raw: words.slice(0, i).join(' '), text: words.slice(0, i).join(' ') };
      const right: Part = { raw: words.slice(i).join(' '), text: words.slice(i).join(' ') };
      let leftItem: WorkItem | null = null;
      for (const kind of [
        st.lastKind,
        st.lastKind === 'activity' ? 'knowledge' : 'activity',
      ] as ItemKind[]) {
        const item = st.pending[kind];
        if (item && lexicon(kind).exact(joinParts(item.parts, left))) {
          leftItem = item;
          break;
        }
      }
      const leftKind: ItemKind | null = leftItem
        ? leftItem.kind
        : activities.exact(left.text) || knowledge.exact(left.text)
          ? kindOf(left.text)
          : null;
      if (leftKind === null) continue;
      const other = st.pending[leftKind === 'activity' ? 'knowledge' : 'activity'];
      const rightStarts = startsKnownItem(right.text);
      const rightContinues = !rightStarts && extends_(other, right);
      if (!rightStarts && !rightContinues) continue;
      if (leftItem) append(leftItem, { ...fragment, ...left });
      else startItem(leftKind, { ...fragment, ...left });
      const rightItem = rightStarts
        ? startItem(kindOf(right.text), { ...fragment, ...right })
        : other;
      if (rightContinues && other) append(other, { ...fragment, ...right });
      const tickTarget = rightItem?.kind === 'activity' ? rightItem : st.lastActivity;
      if (fragment.tick && tickTarget && !tickTarget.tick) tickTarget.tick = fragment.tick;
      return true;
    }
    return false;
  };

  for (const fragment of fragments) {
    if (fragment.blank) {
      if (current && !current.titleDone && current.title.length > 0) current.titleBlank = true;
      continue;
    }
    const heading = !fragment.bullet ? /^(\d{1,2})\.\s+(\S.*)$/.exec(fragment.text) : null;
    if (heading && Number(heading[1]) === (current?.number ?? 0) + 1) {
      finish();
      const text = heading[2];
      current = {
        number: Number(heading[1]),
        line: fragment.no,
        title: [{ raw: fragment.raw, text }],
        titleDone: false,
        titleBlank: false,
        items: [],
      };
      st.pending = { activity: null, knowledge: null };
      st.lastKind = 'activity';
      st.lastActivity = null;
      const expected = titles[current.number - 1];
      if (expected !== undefined && matchKey(expected) === matchKey(text)) current.titleDone = true;
      continue;
    }
    if (!current) {
      if (fragment.text !== '')
        warnings.push({
          line: fragment.no,
          message: `Ignored text before the first competency in 2.1: "${fragment.text}".`,
        });
      continue;
    }
    if (fragment.text === '' && fragment.tick) {
      const target = st.lastActivity;
      if (target && !target.tick) target.tick = fragment.tick;
      else if (target)
        warnings.push({
          line: fragment.no,
          message: 'A second tick mark for one activity was ignored.',
        });
      continue;
    }
    if (!current.titleDone) {
      const expected = titles[current.number - 1];
      const candidate = joinParts(current.title, fragment);
      if (
        !fragment.bullet &&
        expected !== undefined &&
        matchKey(expected).startsWith(matchKey(candidate))
      ) {
        current.title.push({ raw: fragment.raw, text: fragment.text });
        if (matchKey(expected) === matchKey(candidate)) current.titleDone = true;
        continue;
      }
      if (
        !fragment.bullet &&
        expected === undefined &&
        !current.titleBlank &&
        !startsKnownItem(fragment.text)
      ) {
        current.title.push({ raw: fragment.raw, text: fragment.text });
        continue;
      }
      current.titleDone = true;
    }

    let target: WorkItem | null = null;
    if (fragment.bullet) {
      target = startItem(kindOf(fragment.text), fragment);
    } else {
      const part: Part = { raw: fragment.raw, text: fragment.text };
      const candidates = (['activity', 'knowledge'] as ItemKind[]).filter((kind) =>
        extends_(st.pending[kind], part),
      );
      if (candidates.length === 1) {
        target = st.pending[candidates[0]];
      } else if (candidates.length === 2) {
        target =
          fragment.lead === 1 && st.lastKind === 'knowledge' && !isComplete(st.pending.activity)
            ? st.pending.activity
            : st.pending[st.lastKind];
      }
      if (target) {
        append(target, fragment);
      } else if (
        lexicon(kindOf(fragment.text)).hasPrefix(fragment.text) ||
        (!anyBullets && isKnowledgeText(fragment.text))
      ) {
        target = startItem(kindOf(fragment.text), fragment);
      } else if (trySplit(fragment)) {
        continue;
      } else {
        // Nothing in 2.2 explains this fragment: fall back on the layout.
        const pageStart = fragment.lead === 1;
        let kind: ItemKind = st.lastKind;
        if (
          pageStart &&
          st.lastKind === 'knowledge' &&
          st.pending.activity &&
          !isComplete(st.pending.activity)
        )
          kind = 'activity';
        const open = st.pending[kind];
        const looksLikeStart =
          /^[A-ZÀ-Þ]/.test(fragment.text) && (open === null || isComplete(open));
        if (!open || (!anyBullets && looksLikeStart)) {
          target = startItem(kindOf(fragment.text), fragment);
          warnings.push({
            line: fragment.no,
            message: `Guessed that "${fragment.text}" starts a new item (no bullet, not in the 2.2 lists).`,
          });
        } else {
          target = open;
          append(open, fragment);
          warnings.push({
            line: fragment.no,
            message: `Guessed that "${fragment.text}" continues the item of line ${open.line} (not matched against the 2.2 lists).`,
          });
        }
      }
    }
    if (fragment.tick && target) {
      const tickTarget = target.kind === 'activity' ? target : st.lastActivity;
      if (tickTarget && !tickTarget.tick) tickTarget.tick = fragment.tick;
    }
  }
  finish();
  return competencies;
}
