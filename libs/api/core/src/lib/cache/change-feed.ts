import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { type AppConfig, requireDatabaseUrl } from '../config/config';
import { InjectConfig } from '../config/config.module';

/** The channel the database triggers notify on (migration ChangeNotifications). */
export const CHANGE_CHANNEL = 'tribeworks_changes';
/** Payload of the start-up probe; no trigger sends it. */
const PROBE = '~probe';
/** Payloads of commit markers start with this (see `beginCommit`). */
const MARKER = '~commit:';
/** Every table: what a lost connection or a commit whose marker never came invalidates. */
export const ALL_TABLES = '*';

/**
 * A change: the table, and when the notification named them, the only keys (tribe ids)
 * whose entries it can affect; `undefined` keys: anything read from the table.
 */
export type ChangeListener = (table: string, keys?: readonly string[]) => void;

/** `<table>` or `<table>:<key>,<key>` as the triggers send them. */
export function parseChange(payload: string): { table: string; keys?: string[] } {
  const colon = payload.indexOf(':');
  if (colon < 0) return { table: payload || ALL_TABLES };
  const keys = payload.slice(colon + 1);
  return { table: payload.slice(0, colon), keys: keys ? keys.split(',') : [] };
}

/**
 * What changed in the database, for the read caches of this process.
 *
 * Statement-level triggers on the tables the caches read from call
 * `pg_notify('tribeworks_changes', <table>)`; PostgreSQL delivers that when the writing
 * transaction commits, to every process that listens, whichever process wrote. This service
 * listens on a connection of its own and tells the caches.
 *
 * Caches serve only while the feed is `live`: after the start-up probe (a NOTIFY that came
 * back) and while its connection is up. When the connection drops, every cache is emptied
 * and bypassed until it is back (anything missed meanwhile is gone with the entries).
 * Where notifications do not arrive (the embedded PGlite, a pooler in transaction mode),
 * the probe fails and the caches stay off. `READ_CACHE=false` turns them off too.
 *
 * A transaction of this process ends with a marker notification (`beginCommit`); once the
 * marker is back, this process has seen every notification of that transaction, so the
 * writer reads its own write in the next request without emptying unrelated entries.
 */
@Injectable()
export class ChangeFeed implements OnApplicationShutdown {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly listeners = new Set<ChangeListener>();
  private client: Client | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private isLive = false;
  private markers = 0;
  /** Tells this process's markers from those of other processes, on any host. */
  private readonly markerPrefix = `${MARKER}${randomUUID()}:`;
  private readonly waiting = new Map<string, (seen: boolean) => void>();

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get live(): boolean {
    return this.isLive;
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A write through this process finished: what it changed must not be served from cache. */
  invalidateLocally(): void {
    this.emit(ALL_TABLES);
  }

  /**
   * For a transaction about to commit: a marker payload to notify inside it, and a promise
   * that is true once the marker came back (so every notification of the transaction has
   * been handled), false when it did not within `timeoutMs` or the feed is not live.
   */
  beginCommit(timeoutMs = 2000): { payload: string; seen: Promise<boolean> } | undefined {
    if (!this.isLive) return undefined;
    this.markers += 1;
    const payload = `${this.markerPrefix}${this.markers}`;
    const seen = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => settle(false), timeoutMs);
      timer.unref();
      const settle = (arrived: boolean) => {
        clearTimeout(timer);
        this.waiting.delete(payload);
        resolve(arrived);
      };
      this.waiting.set(payload, settle);
    });
    return { payload, seen };
  }

  /**
   * Starts listening (the API process calls this once its database is migrated). Resolves
   * when the feed is live, or when it found that notifications do not arrive here.
   */
  async start(probeTimeoutMs = 3000): Promise<boolean> {
    if (!this.config.READ_CACHE) {
      this.logger.log('Read caches are off (READ_CACHE=false)');
      return false;
    }
    this.stopped = false;
    return this.connect(probeTimeoutMs, true);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.setLive(false);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(probeTimeoutMs: number, first: boolean): Promise<boolean> {
    const client = new Client({
      connectionString: requireDatabaseUrl(this.config),
      application_name: 'tribeworks-change-feed',
      keepAlive: true,
    });
    let probed: (() => void) | undefined;
    client.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL) return;
      const payload = message.payload ?? '';
      if (payload === PROBE) probed?.();
      else if (payload.startsWith(MARKER)) this.waiting.get(payload)?.(true);
      else {
        const { table, keys } = parseChange(payload);
        this.emit(table, keys);
      }
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      const arrived = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), probeTimeoutMs);
        probed = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      await client.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, PROBE]);
      if (!(await arrived)) {
        if (first) {
          this.logger.warn(
            'Database notifications do not arrive on this connection (embedded database or a pooler?): read caches are off',
          );
        }
        client.removeAllListeners('end');
        await client.end().catch(() => undefined);
        this.scheduleReconnect(probeTimeoutMs, 60_000);
        return false;
      }
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return false;
      }
      this.client = client;
      this.setLive(true);
      if (!first) this.logger.log('Change notifications are back; read caches are on again');
      return true;
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      if (first) {
        this.logger.warn(
          `Cannot listen for database changes (${(error as Error).message}): read caches are off for now`,
        );
      }
      this.scheduleReconnect(probeTimeoutMs);
      return false;
    }
  }

  private lost(client: Client, error?: Error): void {
    if (client !== this.client) return;
    this.client = undefined;
    this.setLive(false);
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(
      `Lost the database change notifications${error ? ` (${error.message})` : ''}: read caches are off until they are back`,
    );
    this.scheduleReconnect(3000);
  }

  private scheduleReconnect(probeTimeoutMs: number, delayMs = 2000): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(probeTimeoutMs, false), delayMs);
    this.reconnectTimer.unref();
  }

  private setLive(live: boolean): void {
    if (this.isLive === live) return;
    this.isLive = live;
    // Markers of commits in flight will not come back on this connection.
    if (!live) for (const settle of [...this.waiting.values()]) settle(false);
    // Whatever was cached may have missed notifications: start over either way.
    this.emit(ALL_TABLES);
  }

  private emit(table: string, keys?: readonly string[]): void {
    for (const listener of this.listeners) listener(table, keys);
  }
}
