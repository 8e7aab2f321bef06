import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  ErrorCode,
  JOB_QUEUE,
  type JobName,
  type JobPayloads,
  QueueName,
  isQueueName,
} from '@tribeworks/contracts';
import type { JobsOptions, Queue } from 'bullmq';
import { NotFoundError, ServiceUnavailableError } from '../errors/domain-error';
import { withTimeout } from '../util/with-timeout';

const REDIS_READY_TIMEOUT_MS = 2000;

/** Typed access to the application's queues: `enqueue(JobName.SystemPing, payload)`. */
@Injectable()
export class JobQueues implements OnModuleInit {
  private readonly logger = new Logger(JobQueues.name);
  private readonly queues = new Map<QueueName, Queue>();
  private lastErrorLog = 0;

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      // A queue without an error listener would crash the process when Redis goes away.
      queue.on('error', (error) => this.logRedisError(name, error));
      this.queues.set(name, queue);
    }
  }

  get(name: string): Queue {
    const queue = isQueueName(name) ? this.queues.get(name) : undefined;
    if (!queue) {
      throw new NotFoundError(
        ErrorCode.QueueNotFound,
        `Unknown queue "${name}"; known queues: ${[...this.queues.keys()].join(', ')}`,
      );
    }
    return queue;
  }

  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options?: JobsOptions,
  ): Promise<{ queue: QueueName; id: string }> {
    const queueName = JOB_QUEUE[name];
    const queue = this.get(queueName);
    try {
      // BullMQ waits for a connection indefinitely; a request should not.
      await withTimeout(queue.client, REDIS_READY_TIMEOUT_MS, 'Redis is not connected');
      const job = await queue.add(name, payload, options);
      return { queue: queueName, id: String(job.id) };
    } catch (error) {
      this.logger.warn(`Could not enqueue ${name}: ${(error as Error).message}`);
      throw new ServiceUnavailableError(
        ErrorCode.QueueUnavailable,
        'The job queue (Redis) is unavailable; try again shortly',
      );
    }
  }

  private logRedisError(queue: string, error: Error): void {
    const now = Date.now();
    if (now - this.lastErrorLog < 10_000) return;
    this.lastErrorLog = now;
    this.logger.warn(`Redis connection problem on queue ${queue}: ${error.message}`);
  }
}
