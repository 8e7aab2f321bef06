import { Injectable } from '@nestjs/common';
import { JobQueues, NotFoundError, type RequestAccess } from '@tribeworks/api-core';
import { ErrorCode, type JobState, type QueueName } from '@tribeworks/contracts';
import type { JobStatusDto } from './dto/job.dto';

@Injectable()
export class JobsService {
  constructor(private readonly queues: JobQueues) {}

  /** State, progress, result or failure reason of one job. */
  async getStatus(queueName: string, id: string, access: RequestAccess): Promise<JobStatusDto> {
    const queue = this.queues.get(queueName);
    // State first: a job seen completed has its result stored already (BullMQ moves it and
    // writes the result atomically), whereas a job read first may finish before its state is.
    const state = (await queue.getJobState(id)) as JobState;
    const job = state === 'unknown' ? undefined : await queue.getJob(id);
    const requestedBy = (job?.data as { requestedBy?: string | null } | undefined)?.requestedBy;
    // Someone else's job is reported as absent, not as forbidden: ids reveal nothing.
    if (!job || !access.can('read', 'Job', { requestedBy: requestedBy ?? null })) {
      throw new NotFoundError(
        ErrorCode.JobNotFound,
        `No job ${id} on queue ${queueName} (it may have expired)`,
      );
    }
    const progress = typeof job.progress === 'number' ? job.progress : 0;
    return {
      id: String(job.id),
      queue: queue.name as QueueName,
      name: job.name,
      state,
      progress,
      attemptsMade: job.attemptsMade,
      maxAttempts: job.opts.attempts ?? 1,
      result:
        state === 'completed'
          ? ((job.returnvalue as Record<string, unknown> | null) ?? null)
          : null,
      failedReason: job.failedReason || null,
      createdAt: new Date(job.timestamp).toISOString(),
      finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    };
  }
}
