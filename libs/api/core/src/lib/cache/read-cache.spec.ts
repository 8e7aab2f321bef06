import { describe, expect, it } from 'vitest';
import { ALL_TABLES, parseChange } from './change-feed';
import { type ChangeSource, ReadCache } from './read-cache';

/** A change feed driven by the test: `change(table)` is a notification arriving. */
class TestFeed implements ChangeSource {
  live = true;
  private readonly listeners = new Set<(table: string, keys?: readonly string[]) => void>();

  subscribe(listener: (table: string, keys?: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  change(table: string, keys?: string[]): void {
    for (const listener of this.listeners) listener(table, keys);
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A loader that counts its calls and returns `{ n }` with the call number. */
function counter() {
  let calls = 0;
  const load = async () => ({ n: ++calls });
  return { load, calls: () => calls };
}

const setup = (tables = ['membership', 'person']) => {
  const feed = new TestFeed();
  const cache = new ReadCache<{ n: number }>(feed, { tables, max: 10, ttlMs: 60_000 });
  return { feed, cache };
};

describe('ReadCache', () => {
  it('loads once and then serves the kept value', async () => {
    const { cache } = setup();
    const source = counter();
    expect(await cache.get('a', source.load)).toEqual({ n: 1 });
    expect(await cache.get('a', source.load)).toEqual({ n: 1 });
    expect(await cache.get('b', source.load)).toEqual({ n: 2 });
    expect(source.calls()).toBe(2);
    expect(cache.stats).toMatchObject({ size: 2, hits: 1, misses: 2 });
  });

  it('forgets everything when one of its tables changes, not when another does', async () => {
    const { feed, cache } = setup();
    const source = counter();
    await cache.get('a', source.load);
    feed.change('chapter');
    expect(await cache.get('a', source.load)).toEqual({ n: 1 });
    feed.change('person');
    expect(await cache.get('a', source.load)).toEqual({ n: 2 });
    feed.change(ALL_TABLES);
    expect(await cache.get('a', source.load)).toEqual({ n: 3 });
  });

  it('loads every time while the feed is not live', async () => {
    const { feed, cache } = setup();
    feed.live = false;
    const source = counter();
    await cache.get('a', source.load);
    await cache.get('a', source.load);
    expect(source.calls()).toBe(2);
    expect(cache.stats.size).toBe(0);
  });

  it('returns but does not keep a value loaded while a change arrived', async () => {
    const { feed, cache } = setup();
    const slow = deferred<{ n: number }>();
    const first = cache.get('a', () => slow.promise);
    feed.change('membership'); // committed while the load was reading
    slow.resolve({ n: 1 });
    expect(await first).toEqual({ n: 1 });

    const source = counter();
    expect(await cache.get('a', source.load)).toEqual({ n: 1 });
    expect(source.calls()).toBe(1);
  });

  it('does not keep a value loaded while the feed went down', async () => {
    const { feed, cache } = setup();
    const slow = deferred<{ n: number }>();
    const first = cache.get('a', () => slow.promise);
    feed.live = false;
    slow.resolve({ n: 1 });
    await first;
    feed.live = true;
    const source = counter();
    await cache.get('a', source.load);
    expect(source.calls()).toBe(1);
  });

  it('shares one load between concurrent misses of a key', async () => {
    const { cache } = setup();
    const slow = deferred<{ n: number }>();
    let calls = 0;
    const load = () => {
      calls += 1;
      return slow.promise;
    };
    const all = Promise.all([cache.get('a', load), cache.get('a', load), cache.get('a', load)]);
    slow.resolve({ n: 7 });
    expect(await all).toEqual([{ n: 7 }, { n: 7 }, { n: 7 }]);
    expect(calls).toBe(1);
  });

  it('does not join a load that started before a change', async () => {
    const { feed, cache } = setup();
    const old = deferred<{ n: number }>();
    const before = cache.get('a', () => old.promise);
    feed.change('membership');
    const after = cache.get('a', async () => ({ n: 2 }));
    old.resolve({ n: 1 });
    expect(await before).toEqual({ n: 1 });
    expect(await after).toEqual({ n: 2 });
    expect(await cache.get('a', async () => ({ n: 3 }))).toEqual({ n: 2 });
  });

  it('keeps neither failures nor "not found", and every waiting caller gets the error', async () => {
    const { cache } = setup();
    const failing = deferred<{ n: number }>();
    const both = Promise.allSettled([
      cache.get('a', () => failing.promise),
      cache.get('a', () => failing.promise),
    ]);
    failing.reject(new Error('database down'));
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);

    let calls = 0;
    const none = async () => {
      calls += 1;
      return undefined;
    };
    expect(await cache.get('b', none)).toBeUndefined();
    expect(await cache.get('b', none)).toBeUndefined();
    expect(calls).toBe(2);
    expect(await cache.get('a', async () => ({ n: 5 }))).toEqual({ n: 5 });
  });

  it('forgets only the entries of the keys a change names, when it knows their scope', async () => {
    const feed = new TestFeed();
    const cache = new ReadCache<{ n: number }>(feed, {
      tables: ['membership'],
      max: 10,
      ttlMs: 60_000,
      scopeOf: (key) => key.split('|')[0]!,
    });
    const source = counter();
    await cache.get('t1|2026-12-01', source.load); // 1
    await cache.get('t1|2026-12-02', source.load); // 2
    await cache.get('t2|2026-12-01', source.load); // 3
    feed.change('membership', ['t1']);
    expect(await cache.get('t2|2026-12-01', source.load)).toEqual({ n: 3 });
    expect(await cache.get('t1|2026-12-01', source.load)).toEqual({ n: 4 });
    expect(await cache.get('t1|2026-12-02', source.load)).toEqual({ n: 5 });
    // Touching no tribe (a guild membership): nothing to forget.
    feed.change('membership', []);
    expect(await cache.get('t1|2026-12-01', source.load)).toEqual({ n: 4 });
    // Without keys: everything.
    feed.change('membership');
    expect(await cache.get('t2|2026-12-01', source.load)).toEqual({ n: 6 });
  });

  it('keeps a value loaded while another scope changed, not one whose scope changed', async () => {
    const feed = new TestFeed();
    const cache = new ReadCache<{ n: number }>(feed, {
      tables: ['membership'],
      max: 10,
      ttlMs: 60_000,
      scopeOf: (key) => key,
    });
    const a = deferred<{ n: number }>();
    const b = deferred<{ n: number }>();
    const loadingA = cache.get('a', () => a.promise);
    const loadingB = cache.get('b', () => b.promise);
    feed.change('membership', ['b']);
    a.resolve({ n: 1 });
    b.resolve({ n: 2 });
    await Promise.all([loadingA, loadingB]);
    expect(await cache.get('a', async () => ({ n: 10 }))).toEqual({ n: 1 });
    expect(await cache.get('b', async () => ({ n: 20 }))).toEqual({ n: 20 });
  });

  it('keeps at most `max` entries, dropping the least recently used', async () => {
    const feed = new TestFeed();
    const cache = new ReadCache<{ n: number }>(feed, { tables: [], max: 2, ttlMs: 60_000 });
    const source = counter();
    await cache.get('a', source.load);
    await cache.get('b', source.load);
    await cache.get('a', source.load); // a is now the most recent
    await cache.get('c', source.load); // b goes
    expect(await cache.get('a', source.load)).toEqual({ n: 1 });
    expect(await cache.get('b', source.load)).toEqual({ n: 4 });
  });
});

describe('parseChange', () => {
  it('reads a table alone, a table with the keys it touched, and a table that touched none', () => {
    expect(parseChange('person')).toEqual({ table: 'person' });
    expect(parseChange('membership:t-1,t-2')).toEqual({
      table: 'membership',
      keys: ['t-1', 't-2'],
    });
    expect(parseChange('membership:')).toEqual({ table: 'membership', keys: [] });
    expect(parseChange('')).toEqual({ table: ALL_TABLES });
  });
});
