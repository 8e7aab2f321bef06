import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JOB_STATES, type JobState, QueueName } from '@tribeworks/contracts';

export class EnqueuedJobDto {
  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  queue!: QueueName;

  @ApiProperty({ example: '42' })
  id!: string;
}

export class JobStatusDto {
  @ApiProperty({ example: '42' })
  id!: string;

  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  queue!: QueueName;

  @ApiProperty({ example: 'system.ping' })
  name!: string;

  @ApiProperty({ enum: JOB_STATES, enumName: 'JobState' })
  state!: JobState;

  @ApiProperty({ description: 'Progress from 0 to 100' })
  progress!: number;

  @ApiProperty({ description: 'Attempts made so far' })
  attemptsMade!: number;

  @ApiProperty({ description: 'Attempts allowed before the job fails for good' })
  maxAttempts!: number;

  @ApiPropertyOptional({
    description: 'The result, once completed',
    nullable: true,
    type: 'object',
    additionalProperties: true,
  })
  result!: Record<string, unknown> | null;

  @ApiPropertyOptional({ description: 'Why the last attempt failed', nullable: true, type: String })
  failedReason!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  finishedAt!: string | null;
}
