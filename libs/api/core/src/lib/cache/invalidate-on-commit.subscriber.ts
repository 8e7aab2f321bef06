import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
} from 'typeorm';
import { CHANGE_CHANNEL, ChangeFeed } from './change-feed';

/**
 * Read-your-writes for this process. A transaction about to commit sends a marker
 * notification as its last one; after the commit, the service waits (about a millisecond)
 * until the marker is back on this process's change feed. Notifications arrive in order, so
 * by then the caches have forgotten exactly what the transaction changed, before the response
 * goes out: a user who moves someone sees the move in their very next request, and the other
 * tribes' matrices stay cached. When the marker does not come back in time (the feed went
 * down), everything is forgotten instead. Every change of the areas runs in a transaction,
 * with its audit row.
 */
@Injectable()
export class InvalidateOnCommitSubscriber implements EntitySubscriberInterface, OnModuleInit {
  private readonly markers = new WeakMap<QueryRunner, Promise<boolean>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feed: ChangeFeed,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    // Savepoints (nested transactions) commit nothing yet: only the outermost commit counts.
    if (depthOf(event.queryRunner) > 1) return;
    const marker = this.feed.beginCommit();
    if (!marker) return;
    this.markers.set(event.queryRunner, marker.seen);
    await event.queryRunner.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, marker.payload]);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    if (event.queryRunner.isTransactionActive) return; // a savepoint was released
    const seen = this.markers.get(event.queryRunner);
    this.markers.delete(event.queryRunner);
    if (!seen || !(await seen)) this.feed.invalidateLocally();
  }
}

/** TypeORM keeps the nesting depth of a query runner's transaction in a protected field. */
function depthOf(queryRunner: QueryRunner): number {
  return (queryRunner as unknown as { transactionDepth?: number }).transactionDepth ?? 1;
}
