import type { KnowledgeDepth, SkillType } from './dossier.types';
import { matchKey } from './text';

/** Knowledge elements start with their depth: "Basiskennis van", "Kennis van", "Grondige kennis van". */
const KNOWLEDGE_PREFIX = /^(basiskennis|grondige kennis|diepgaande kennis|kennis)\b/i;

export function isKnowledgeText(text: string): boolean {
  return KNOWLEDGE_PREFIX.test(text);
}

export function knowledgeDepth(text: string): KnowledgeDepth | null {
  const match = KNOWLEDGE_PREFIX.exec(text);
  if (!match) return null;
  const word = match[1].toLowerCase();
  if (word === 'basiskennis') return 'basic';
  if (word === 'kennis') return 'normal';
  return 'thorough';
}

export interface LexiconEntry {
  text: string;
  key: string;
  line: number;
  skillTypes: SkillType[];
}

/** The single-column lists of section 2.2, used to rebuild and check the items of 2.1. */
export class Lexicon {
  private readonly entries: LexiconEntry[] = [];
  private readonly byKey = new Map<string, LexiconEntry>();

  add(text: string, line: number, skillType: SkillType | null = null): void {
    const key = matchKey(text);
    if (key === '') return;
    const existing = this.byKey.get(key);
    if (existing) {
      if (skillType && !existing.skillTypes.includes(skillType))
        existing.skillTypes.push(skillType);
      return;
    }
    const entry: LexiconEntry = { text, key, line, skillTypes: skillType ? [skillType] : [] };
    this.entries.push(entry);
    this.byKey.set(key, entry);
  }

  get size(): number {
    return this.entries.length;
  }

  all(): readonly LexiconEntry[] {
    return this.entries;
  }

  exact(text: string): LexiconEntry | undefined {
    return this.byKey.get(matchKey(text));
  }

  /** Whether some entry starts with `text` (whitespace, case and quote variants ignored). */
  hasPrefix(text: string): boolean {
    const key = matchKey(text);
    if (key === '') return false;
    if (this.byKey.has(key)) return true;
    return this.entries.some((entry) => entry.key.startsWith(key));
  }
}
