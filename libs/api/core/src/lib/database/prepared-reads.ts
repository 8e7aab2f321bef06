import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** A read the hot paths run often: a stable name and its SQL. */
export interface PreparedRead {
  /** Unique per SQL text: PostgreSQL keeps the plan per connection under this name. */
  readonly name: string;
  readonly text: string;
}

/** SQLSTATEs of a connection that does not keep named statements (a multiplexing proxy). */
const NAMED_STATEMENTS_UNSUPPORTED = new Set(['42P05', '26000']);

/**
 * Runs the hot read queries (session lookup, tribe matrix, person page) as named prepared
 * statements on the DataSource's pool: PostgreSQL parses and plans each once per connection
 * instead of on every request, which was most of their cost (planning a matrix query took
 * 1.5 ms, running it 0.5 ms).
 *
 * Reads only, outside transactions. Behind a pooler or an embedded server that multiplexes
 * several clients onto one session (PgBouncer in transaction mode, PGlite over its socket),
 * names collide; the first such error switches this process to unnamed statements for good.
 */
@Injectable()
export class PreparedReads {
  private readonly logger = new Logger(PreparedReads.name);
  private named = true;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  async query<T>(read: PreparedRead, values: unknown[]): Promise<T[]> {
    if (!this.named) return (await this.pool.query(read.text, values)).rows as T[];
    try {
      return (await this.pool.query({ name: read.name, text: read.text, values })).rows as T[];
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !NAMED_STATEMENTS_UNSUPPORTED.has(code)) throw error;
      this.named = false;
      this.logger.warn(
        `The database connection does not keep prepared statements (${code}); using unnamed statements`,
      );
      return (await this.pool.query(read.text, values)).rows as T[];
    }
  }
}
