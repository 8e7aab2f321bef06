import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FRAMEWORK_FAMILIES,
  FRAMEWORK_IMPORT_STATES,
  type FrameworkFamily,
  type FrameworkImportState,
  QueueName,
} from '@tribeworks/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || undefined : value;

/** The multipart form of an upload: the file plus optional facts the dossier may not state. */
export class FrameworkImportRequestDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The dossier as text: UTF-8 (with or without BOM) or Windows-1252, at most 5 MB',
  })
  @IsOptional()
  file?: unknown;

  @ApiPropertyOptional({
    example: '25168',
    maxLength: 60,
    description:
      'Framework code. Required for an MBO dossier that does not state its code; must match the code a BK dossier states.',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, {
    message: 'code must be letters, digits, ".", "_" or "-" (at most 60)',
  })
  code?: string;

  @ApiPropertyOptional({
    example: '2025',
    maxLength: 100,
    description: 'Version label, e.g. the year',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  versionLabel?: string;

  @ApiPropertyOptional({
    example: 'Commercie',
    maxLength: 500,
    description: 'Title when the dossier does not state one',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;
}

export class EnqueuedImportDto {
  @ApiProperty({ format: 'uuid', description: 'Follow it at /api/frameworks/imports/{importId}' })
  importId!: string;

  @ApiProperty({ description: 'BullMQ job id (equals the import id)' })
  jobId!: string;

  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  queue!: QueueName;
}

export class DossierWarningDto {
  @ApiPropertyOptional({ type: Number, nullable: true, description: '1-based line in the file' })
  line!: number | null;

  @ApiProperty()
  message!: string;
}

export class ImportErrorDto {
  @ApiProperty({ example: 'dossier_truncated', description: 'Stable code' })
  code!: string;

  @ApiProperty()
  message!: string;
}

export class FrameworkImportDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: FRAMEWORK_IMPORT_STATES, enumName: 'FrameworkImportState' })
  state!: FrameworkImportState;

  @ApiProperty({ minimum: 0, maximum: 100 })
  progress!: number;

  @ApiProperty({ example: 'bk-0571-1-productmanager.txt' })
  fileName!: string;

  @ApiPropertyOptional({ enum: FRAMEWORK_FAMILIES, enumName: 'FrameworkFamily', nullable: true })
  family!: FrameworkFamily | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'BK-0571-1' })
  frameworkCode!: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  frameworkVersionId!: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The resulting version number',
  })
  version!: number | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'False when identical content existed and that version was returned',
  })
  created!: boolean | null;

  @ApiProperty({ type: [DossierWarningDto] })
  warnings!: DossierWarningDto[];

  @ApiPropertyOptional({ type: ImportErrorDto, nullable: true })
  error!: ImportErrorDto | null;

  @ApiProperty({ description: 'Attempts started so far' })
  attempts!: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  requestedByEmail!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  startedAt!: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
}
