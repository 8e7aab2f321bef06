import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, type JobPayloads, type JobResults, QueueName } from '@tribeworks/contracts';
import type { Job } from 'bullmq';
import { PingService } from './ping.service';

@Processor(QueueName.System)
export class SystemProcessor extends WorkerHost {
  constructor(private readonly ping: PingService) {
    super();
  }

  async process(
    job: Job<JobPayloads[JobName.SystemPing], JobResults[JobName.SystemPing]>,
  ): Promise<JobResults[JobName.SystemPing]> {
    switch (job.name as JobName) {
      case JobName.SystemPing:
        return this.ping.ping(job.data, {
          attempt: job.attemptsMade + 1,
          reportProgress: (percent) => job.updateProgress(percent),
        });
      default:
        throw new Error(`Unknown job ${job.name} on queue ${QueueName.System}`);
    }
  }
}
