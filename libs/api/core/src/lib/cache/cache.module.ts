import { Global, Module } from '@nestjs/common';
import { PreparedReads } from '../database/prepared-reads';
import { ChangeFeed } from './change-feed';
import { InvalidateOnCommitSubscriber } from './invalidate-on-commit.subscriber';

/**
 * Read caches and prepared reads. Every process has the providers; only the API starts the
 * change feed (`ChangeFeed.start()`), so elsewhere every cache simply loads.
 */
@Global()
@Module({
  providers: [ChangeFeed, PreparedReads, InvalidateOnCommitSubscriber],
  exports: [ChangeFeed, PreparedReads],
})
export class CacheModule {}
