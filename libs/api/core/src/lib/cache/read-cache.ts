import { LRUCache } from 'lru-cache';
import { ALL_TABLES } from './change-feed';

/** The part of ChangeFeed a cache needs. */
export interface ChangeSource {
  readonly live: boolean;
  readonly generation: number;
  subscribe(listener: (table: string) => void): () => void;
}

export interface ReadCacheOptions {
  /** The tables whose changes make every entry stale. */
  tables: readonly string[];
  /** Most entries kept (least recently used go first). */
  max: number;
  /** Longest an entry lives, as a backstop; changes end it long before. */
  ttlMs: number;
}

/**
 * Values computed from the database, kept until one of their tables changes.
 *
 * - Serves only while the change feed is live; otherwise every `get` loads.
 * - Any change to one of `tables` (a notification from the database, or a write through
 *   this process) empties it.
 * - A value loaded while a change happened is returned but not kept: it may predate it.
 * - Concurrent misses on one key share one load.
 * - A load that fails, or finds nothing (`undefined`), is not kept; every caller waiting on
 *   a failed load gets its error.
 *
 * Values are shared between requests: treat them as read-only.
 */
export class ReadCache<V extends object> {
  private readonly entries: LRUCache<string, V>;
  private readonly loading = new Map<
    string,
    { generation: number; promise: Promise<V | undefined> }
  >();
  private readonly tables: ReadonlySet<string>;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly feed: ChangeSource,
    options: ReadCacheOptions,
  ) {
    this.entries = new LRUCache<string, V>({ max: options.max, ttl: options.ttlMs });
    this.tables = new Set(options.tables);
    feed.subscribe((table) => {
      if (table === ALL_TABLES || this.tables.has(table)) this.clear();
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
    const generation = this.feed.generation;
    const pending = this.loading.get(key);
    if (pending && pending.generation === generation) return pending.promise as Promise<R>;

    const promise = load();
    this.loading.set(key, { generation, promise });
    try {
      const value = await promise;
      if (value !== undefined && this.feed.live && this.feed.generation === generation) {
        this.entries.set(key, value);
      }
      return value;
    } finally {
      if (this.loading.get(key)?.promise === promise) this.loading.delete(key);
    }
  }

  /** Forgets one entry (a change this process knows affects only it). */
  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.loading.clear();
  }
}
