import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { QueueName } from '@tribeworks/contracts';
import type { DefaultJobOptions } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { JobQueues } from './job-queues';
import { redisOptionsFromUrl } from './redis-options';

/** Retries with exponential backoff; completed and failed jobs are kept for a bounded time. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
};

export type QueueRole = 'producer' | 'worker';

/**
 * BullMQ connection and every queue of the application. The API is a producer: its Redis
 * calls fail fast when Redis is down (the request gets a 503) instead of hanging. The
 * worker keeps retrying forever, as BullMQ workers must.
 */
@Module({})
export class QueueModule {
  static forRoot(role: QueueRole): DynamicModule {
    const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            prefix: config.REDIS_PREFIX,
            connection: {
              ...redisOptionsFromUrl(config.REDIS_URL),
              ...(role === 'producer'
                ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 }
                : { maxRetriesPerRequest: null }),
            },
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        ...queues,
      ],
      providers: [JobQueues],
      exports: [JobQueues, ...queues],
    };
  }
}
