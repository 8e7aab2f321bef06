import { Processor, WorkerHost } from '@nestjs/bullmq';
import { runWithContext } from '@tribeworks/api-core';
import { JobName, type JobPayloads, type JobResults, QueueName } from '@tribeworks/contracts';
import { type Job, UnrecoverableError } from 'bullmq';
import { ImportRejectedError, OrganisationImportService } from './organisation-import.service';

type ImportJob = Job<
  JobPayloads[JobName.OrganisationImport],
  JobResults[JobName.OrganisationImport]
>;

/** The organisation queue: large people imports. The processor only delegates. */
@Processor(QueueName.Organisation, { lockDuration: 30_000, stalledInterval: 15_000 })
export class OrganisationProcessor extends WorkerHost {
  constructor(private readonly imports: OrganisationImportService) {
    super();
  }

  async process(job: ImportJob): Promise<JobResults[JobName.OrganisationImport]> {
    switch (job.name as JobName) {
      case JobName.OrganisationImport: {
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
              // A file that breaks a rule breaks it on every attempt: no retries.
              if (error instanceof ImportRejectedError) {
                throw new UnrecoverableError(`${error.code}: ${error.message}`);
              }
              throw error;
            }
          },
        );
      }
      default:
        throw new Error(`Unknown job ${job.name} on queue ${QueueName.Organisation}`);
    }
  }
}
