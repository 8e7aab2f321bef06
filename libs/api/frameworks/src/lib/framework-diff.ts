import type { ParsedDossier } from '@tribeworks/dossier';

/** The parts of a framework version a diff compares, keyed by number or code. */
export interface FrameworkSnapshot {
  competencies: Array<{
    number: number;
    title: string;
    activities: string[];
    knowledge: Array<{ text: string; depth: string | null }>;
  }>;
  coreTasks: Array<{
    code: string;
    title: string;
    knowledge: Array<{ text: string; category: string | null }>;
    workProcesses: Array<{
      code: string;
      title: string;
      description: string;
      result: string;
      behaviours: Array<{ code: string; text: string }>;
    }>;
  }>;
}

export const DIFF_ENTITIES = [
  'competency',
  'activity',
  'knowledge',
  'coreTask',
  'workProcess',
  'behaviour',
] as const;
export type DiffEntity = (typeof DIFF_ENTITIES)[number];
export const DIFF_KINDS = ['added', 'removed', 'changed'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export interface DiffChange {
  entity: DiffEntity;
  change: DiffKind;
  /** Where: the competency number, core task code or work process code that holds the item. */
  path: string;
  /** The item's own key (competency number, code) when it has one; null for activities and knowledge. */
  key: string | null;
  /** The field that changed (title, text, description, result, category), for `changed`. */
  field: string | null;
  before: string | null;
  after: string | null;
}

/** Similarity of two texts as the share of words they have in common (Jaccard). */
export function similarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common += 1;
  return common / (wa.size + wb.size - common);
}

/** Below this similarity a removed and an added text are two changes, not one edit. */
const EDIT_SIMILARITY = 0.5;

/**
 * Items without a key (activities, knowledge) are matched by their text; equal texts match
 * one to one in order. Of what is left, a removed and an added text that are similar enough
 * count as one edit (`changed`), the rest as removed and added.
 */
function diffUnkeyed<T extends { text: string }>(
  before: readonly T[],
  after: readonly T[],
  make: (change: DiffKind, b: T | null, a: T | null) => DiffChange,
  compareSame: (b: T, a: T) => DiffChange | null = () => null,
): DiffChange[] {
  const out: DiffChange[] = [];
  const pool = new Map<string, T[]>();
  for (const a of after) pool.set(a.text, [...(pool.get(a.text) ?? []), a]);
  const removed: T[] = [];
  const matched = new Set<T>();
  for (const b of before) {
    const same = pool.get(b.text)?.shift();
    if (same) {
      matched.add(same);
      const change = compareSame(b, same);
      if (change) out.push(change);
    } else {
      removed.push(b);
    }
  }
  const added = after.filter((a) => !matched.has(a));
  const pairs: Array<{ b: T; a: T; score: number }> = [];
  for (const b of removed) {
    for (const a of added) {
      const score = similarity(b.text, a.text);
      if (score >= EDIT_SIMILARITY) pairs.push({ b, a, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const pairedB = new Set<T>();
  const pairedA = new Set<T>();
  for (const { b, a } of pairs) {
    if (pairedB.has(b) || pairedA.has(a)) continue;
    pairedB.add(b);
    pairedA.add(a);
    out.push(make('changed', b, a));
  }
  for (const b of removed) if (!pairedB.has(b)) out.push(make('removed', b, null));
  for (const a of added) if (!pairedA.has(a)) out.push(make('added', null, a));
  return out;
}

/** Items with a key: added, removed, or the same key with fields that differ. */
function diffKeyed<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
  onAdded: (item: T) => DiffChange[],
  onRemoved: (item: T) => DiffChange[],
  onBoth: (b: T, a: T) => DiffChange[],
): DiffChange[] {
  const afterByKey = new Map(after.map((a) => [keyOf(a), a]));
  const beforeKeys = new Set(before.map(keyOf));
  const out: DiffChange[] = [];
  for (const b of before) {
    const a = afterByKey.get(keyOf(b));
    out.push(...(a ? onBoth(b, a) : onRemoved(b)));
  }
  for (const a of after) if (!beforeKeys.has(keyOf(a))) out.push(...onAdded(a));
  return out;
}

function fieldChanges<T extends object>(
  entity: DiffEntity,
  path: string,
  key: string,
  b: T,
  a: T,
  fields: Array<keyof T & string>,
): DiffChange[] {
  return fields
    .filter((f) => b[f] !== a[f])
    .map((f) => ({
      entity,
      change: 'changed' as const,
      path,
      key,
      field: f,
      before: String(b[f]),
      after: String(a[f]),
    }));
}

/**
 * What changed between two versions of a framework: competencies, core tasks, work processes
 * and behaviours matched by number or code, activities and knowledge by text. An added or
 * removed competency, core task or work process is one change; its contents are not listed.
 */
export function diffFrameworks(from: FrameworkSnapshot, to: FrameworkSnapshot): DiffChange[] {
  type Competency = FrameworkSnapshot['competencies'][number];
  type CoreTask = FrameworkSnapshot['coreTasks'][number];
  type WorkProcess = CoreTask['workProcesses'][number];
  const whole = (
    entity: DiffEntity,
    change: DiffKind,
    path: string,
    key: string,
    title: string,
  ) => [
    {
      entity,
      change,
      path,
      key,
      field: null,
      before: change === 'removed' ? title : null,
      after: change === 'added' ? title : null,
    },
  ];

  const competencies = diffKeyed<Competency>(
    from.competencies,
    to.competencies,
    (c) => String(c.number),
    (c) => whole('competency', 'added', String(c.number), String(c.number), c.title),
    (c) => whole('competency', 'removed', String(c.number), String(c.number), c.title),
    (b, a) => {
      const path = String(a.number);
      return [
        ...fieldChanges('competency', path, path, b, a, ['title']),
        ...diffUnkeyed(
          b.activities.map((text) => ({ text })),
          a.activities.map((text) => ({ text })),
          (change, x, y) => ({
            entity: 'activity',
            change,
            path,
            key: null,
            field: change === 'changed' ? 'text' : null,
            before: x?.text ?? null,
            after: y?.text ?? null,
          }),
        ),
        ...diffUnkeyed(b.knowledge, a.knowledge, (change, x, y) => ({
          entity: 'knowledge',
          change,
          path,
          key: null,
          field: change === 'changed' ? 'text' : null,
          before: x?.text ?? null,
          after: y?.text ?? null,
        })),
      ];
    },
  );

  const workProcesses = (path: string, b: WorkProcess[], a: WorkProcess[]) =>
    diffKeyed<WorkProcess>(
      b,
      a,
      (w) => w.code,
      (w) => whole('workProcess', 'added', path, w.code, w.title),
      (w) => whole('workProcess', 'removed', path, w.code, w.title),
      (x, y) => [
        ...fieldChanges('workProcess', y.code, y.code, x, y, ['title', 'description', 'result']),
        ...diffKeyed(
          x.behaviours,
          y.behaviours,
          (g) => g.code,
          (g) => whole('behaviour', 'added', y.code, g.code, g.text),
          (g) => whole('behaviour', 'removed', y.code, g.code, g.text),
          (g, h) => fieldChanges('behaviour', y.code, h.code, g, h, ['text']),
        ),
      ],
    );

  const coreTasks = diffKeyed<CoreTask>(
    from.coreTasks,
    to.coreTasks,
    (k) => k.code,
    (k) => whole('coreTask', 'added', k.code, k.code, k.title),
    (k) => whole('coreTask', 'removed', k.code, k.code, k.title),
    (b, a) => [
      ...fieldChanges('coreTask', a.code, a.code, b, a, ['title']),
      ...diffUnkeyed(
        b.knowledge,
        a.knowledge,
        (change, x, y) => ({
          entity: 'knowledge',
          change,
          path: a.code,
          key: null,
          field: change === 'changed' ? 'text' : null,
          before: x?.text ?? null,
          after: y?.text ?? null,
        }),
        (x, y) =>
          x.category === y.category
            ? null
            : {
                entity: 'knowledge',
                change: 'changed',
                path: a.code,
                key: null,
                field: 'category',
                before: x.category,
                after: y.category,
              },
      ),
      ...workProcesses(a.code, b.workProcesses, a.workProcesses),
    ],
  );
  return [...competencies, ...coreTasks];
}

/** The snapshot of a parsed dossier (the service builds the same shape from stored rows). */
export function snapshotOfDossier(dossier: ParsedDossier): FrameworkSnapshot {
  if (dossier.family === 'bk') {
    return {
      competencies: dossier.competencies.map((c) => ({
        number: c.number,
        title: c.title,
        activities: c.activities.map((a) => a.text),
        knowledge: c.knowledge.map((k) => ({ text: k.text, depth: k.depth })),
      })),
      coreTasks: [],
    };
  }
  return {
    competencies: [],
    coreTasks: dossier.coreTasks.map((k) => ({
      code: k.code,
      title: k.title,
      knowledge: k.knowledgeAndSkills.map((i) => ({ text: i.text, category: i.category })),
      workProcesses: k.workProcesses.map((w) => ({
        code: w.code,
        title: w.title,
        description: w.description,
        result: w.result,
        behaviours: w.behaviours.map((g) => ({ code: g.id, text: g.text })),
      })),
    })),
  };
}
