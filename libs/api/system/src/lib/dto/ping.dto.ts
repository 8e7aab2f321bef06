import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class PingRequestDto {
  @ApiPropertyOptional({ maxLength: 200, default: 'ping' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  message?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000, description: 'Pause in the worker, in ms' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  delayMs?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 5,
    description: 'Fail this many first attempts on purpose (to see retries)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  failTimes?: number;
}
