import { LRUCache } from 'lru-cache';
import { ALL_TABLES } from './change-feed';

/** The part of ChangeFeed a cache needs. */
export interface ChangeSource {
  readonly live: boolean;
  subscribe(listener: (table: string, keys?: readonly string[]) => void): () => void;
}

export interface ReadCacheOptions {
  /** The tables whose changes make every entry stale. */
  tables: readonly string[];
  /** Most entries kept (least recently used go first). */
  max: number;
  /** Longest an entry lives, as a backstop; changes end it long before. */
  ttlMs: number;
  /**
   * What an entry belongs to, for changes that name the keys they touch (the tribe of a
   * matrix): such a change forgets only the entries of those keys. Without it, every change
   * to one of `tables` forgets everything.
   */
  scopeOf?: (key: string) => string;
}

/**
 * Values computed from the database, kept until one of their tables changes.
 *
 * - Serves only while the change feed is live; otherwise every `get` loads.
 * - A change to one of `tables` empties it, or, when the change names the keys it touched
 *   and the cache knows each entry's scope (`scopeOf`), forgets the entries of those keys.
 * - A value loaded while a change to it happened is returned but not kept: it may predate it.
 * - Concurrent misses on one key share one load.
 * - A load that fails, or finds nothing (`undefined`), is not kept; every caller waiting on
 *   a failed load gets its error.
 *
 * Values are shared between requests: treat them as read-only.
 */
export class ReadCache<V extends object> {
  private readonly entries: LRUCache<string, V>;
  private readonly loading = new Map<string, { stamp: string; promise: Promise<V | undefined> }>();
  /** Bumped by every clear, and per scope by every change that names it. */
  private clears = 0;
  private readonly scopeChanges = new Map<string, number>();
  private readonly tables: ReadonlySet<string>;
  private readonly scopeOf?: (key: string) => string;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly feed: ChangeSource,
    options: ReadCacheOptions,
  ) {
    this.entries = new LRUCache<string, V>({ max: options.max, ttl: options.ttlMs });
    this.tables = new Set(options.tables);
    this.scopeOf = options.scopeOf;
    feed.subscribe((table, keys) => {
      if (table !== ALL_TABLES && !this.tables.has(table)) return;
      if (keys && this.scopeOf && table !== ALL_TABLES) this.forget(new Set(keys));
      else this.clear();
    });
  }

  get stats(): { size: number; hits: number; misses: number } {
    return { size: this.entries.size, hits: this.hits, misses: this.misses };
  }

  async get<R extends V | undefined>(key: string, load: () => Promise<R>): Promise<R> {
    if (!this.feed.live) return load();
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.hits += 1;
      return cached as R;
    }
    this.misses += 1;
    // What the value must still be true to when the load ends, to be kept.
    const stamp = this.stampOf(key);
    const pending = this.loading.get(key);
    if (pending && pending.stamp === stamp) return pending.promise as Promise<R>;

    const promise = load();
    this.loading.set(key, { stamp, promise });
    try {
      const value = await promise;
      if (value !== undefined && this.feed.live && this.stampOf(key) === stamp) {
        this.entries.set(key, value as V);
      }
      return value;
    } finally {
      if (this.loading.get(key)?.promise === promise) this.loading.delete(key);
    }
  }

  private stampOf(key: string): string {
    const scope = this.scopeOf?.(key);
    return `${this.clears}/${scope === undefined ? 0 : (this.scopeChanges.get(scope) ?? 0)}`;
  }

  /** Forgets the entries (and loads in flight) whose scope is one of `scopes`. */
  private forget(scopes: ReadonlySet<string>): void {
    for (const scope of scopes)
      this.scopeChanges.set(scope, (this.scopeChanges.get(scope) ?? 0) + 1);
    if (scopes.size === 0) return;
    for (const key of [...this.entries.keys()]) {
      if (scopes.has(this.scopeOf!(key))) this.entries.delete(key);
    }
    for (const key of [...this.loading.keys()]) {
      if (scopes.has(this.scopeOf!(key))) this.loading.delete(key);
    }
  }

  clear(): void {
    this.clears += 1;
    this.entries.clear();
    this.loading.clear();
  }
}
