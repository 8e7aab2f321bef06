import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const isoDateMessage = (field: string) => `${field} must be a date (YYYY-MM-DD)`;

/** Paging and a name filter, shared by every list. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class DateQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'The day to look at (default: today)' })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: isoDateMessage('date') })
  date?: string;
}

export class VersionDto {
  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class PageMetaDto {
  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;
}
