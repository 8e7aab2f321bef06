import { Injectable } from '@nestjs/common';
import { ChangeFeed, JobQueues, withTimeout } from '@tribeworks/api-core';
import { QueueName } from '@tribeworks/contracts';
import { DataSource } from 'typeorm';
import type { HealthDto, ServiceState } from './dto/health.dto';

const CHECK_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    private readonly feed: ChangeFeed,
  ) {}

  async check(): Promise<HealthDto> {
    const [db, redis] = await Promise.all([this.checkDatabase(), this.checkRedis()]);
    const down = [db === 'down' && 'db', redis === 'down' && 'redis'].filter(
      (name): name is string => Boolean(name),
    );
    return {
      status: down.length ? 'degraded' : 'ok',
      db,
      redis,
      readCache: this.feed.live ? 'on' : 'off',
      down,
      message: down.length ? `Unavailable: ${down.join(', ')}` : 'All services are up',
    };
  }

  private async checkDatabase(): Promise<ServiceState> {
    try {
      await withTimeout(
        this.dataSource.query('SELECT 1'),
        CHECK_TIMEOUT_MS,
        'PostgreSQL did not answer',
      );
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async checkRedis(): Promise<ServiceState> {
    try {
      // A real round trip to Redis (a PING alone would say nothing about the queue keys).
      await withTimeout(
        this.queues.get(QueueName.System).count(),
        CHECK_TIMEOUT_MS,
        'Redis did not answer',
      );
      return 'up';
    } catch {
      return 'down';
    }
  }
}
