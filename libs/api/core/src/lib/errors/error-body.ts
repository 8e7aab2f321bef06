import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every error response. */
export class ErrorBodyDto {
  @ApiProperty({ example: 'validation_failed', description: 'Stable, machine-readable code' })
  code!: string;

  @ApiProperty({ example: 'Invalid request: message must be a string' })
  message!: string;

  @ApiPropertyOptional({ description: 'Extra facts, e.g. the failing fields' })
  details?: unknown;

  @ApiPropertyOptional({ description: 'Request id, also in the X-Request-Id header and the logs' })
  requestId?: string;
}
