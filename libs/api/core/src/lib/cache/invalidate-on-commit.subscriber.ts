import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import { ChangeFeed } from './change-feed';

/**
 * Read-your-writes for this process: when a transaction of this process commits, its read
 * caches are emptied at once, before the service returns and the response goes out. The
 * database's notification would do the same a moment later; this closes that moment, so a
 * user who moves someone sees the move in their very next request. (Every change of the
 * areas runs in a transaction, with its audit row.)
 */
@Injectable()
export class InvalidateOnCommitSubscriber implements EntitySubscriberInterface, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feed: ChangeFeed,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  afterTransactionCommit(): void {
    this.feed.invalidateLocally();
  }
}
