import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import nl from './locales/nl.json';

/** Every leaf of a resource tree as `a.b.c` → text. */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree === 'object' && tree !== null && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, tree);
  }
  return out;
}

const variables = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const nlLeaves = leaves(nl);
  const enLeaves = leaves(en);

  it('nl and en have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...nlLeaves.keys()].sort());
  });

  it('every text is a non-empty string', () => {
    for (const [key, text] of [...nlLeaves, ...enLeaves]) {
      expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
    }
  });

  it('each key uses the same {{variables}} in both languages', () => {
    for (const [key, text] of nlLeaves) {
      expect(variables(enLeaves.get(key)), key).toEqual(variables(text));
    }
  });
});
