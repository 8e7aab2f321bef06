import { Processor, WorkerHost } from '@nestjs/bullmq';
import { runWithContext } from '@tribeworks/api-core';
import { JobName, type JobPayloads, type JobResults, QueueName } from '@tribeworks/contracts';
import { type Job, UnrecoverableError } from 'bullmq';
import { FrameworkImportService } from './framework-import.service';
import { DossierRejectedError } from './frameworks.errors';

type ImportJob = Job<JobPayloads[JobName.FrameworkImport], JobResults[JobName.FrameworkImport]>;

/**
 * The frameworks queue. A killed worker's job is taken back after its lock expires: the lock
 * is kept short (the longest synchronous step, the parse, takes well under a second), so a
 * crashed import is retried within about 15 s instead of 30.
 */
@Processor(QueueName.Frameworks, { lockDuration: 10_000, stalledInterval: 5_000 })
export class FrameworksProcessor extends WorkerHost {
  constructor(private readonly imports: FrameworkImportService) {
    super();
  }

  async process(job: ImportJob): Promise<JobResults[JobName.FrameworkImport]> {
    switch (job.name as JobName) {
      case JobName.FrameworkImport: {
        const { requestedBy, requestedByEmail, requestId } = job.data;
        // The job acts for the user who uploaded: the audit log names them.
        return runWithContext(
          {
            userId: requestedBy ?? undefined,
            userEmail: requestedByEmail ?? undefined,
            requestId: requestId ?? undefined,
          },
          async () => {
            try {
              return await this.imports.runImport(job.data.importId, {
                attempt: job.attemptsMade + 1,
                maxAttempts: job.opts.attempts ?? 1,
                reportProgress: (percent) => job.updateProgress(percent),
              });
            } catch (error) {
              // A dossier the parser refuses fails the same way every time: no retries.
              if (error instanceof DossierRejectedError) {
                throw new UnrecoverableError(`${error.code}: ${error.message}`);
              }
              throw error;
            }
          },
        );
      }
      default:
        throw new Error(`Unknown job ${job.name} on queue ${QueueName.Frameworks}`);
    }
  }
}
