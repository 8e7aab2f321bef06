import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORGANISATION_IMPORT_MODES,
  ORGANISATION_IMPORT_STATES,
  type OrganisationImportMode,
  type OrganisationImportState,
  QueueName,
} from '@tribeworks/contracts';
import { IMPORT_COLUMNS } from '@tribeworks/organisation';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class OrganisationImportQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The organisation the people join' })
  @IsUUID()
  organisationId!: string;

  @ApiPropertyOptional({
    enum: ORGANISATION_IMPORT_MODES,
    default: 'dry-run',
    description: '`dry-run` checks and writes nothing; `commit` imports all rows or none',
  })
  @IsOptional()
  @IsIn(ORGANISATION_IMPORT_MODES)
  mode?: OrganisationImportMode;
}

export class OrganisationImportRequestDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'The CSV file: UTF-8 (with or without BOM) or Windows-1252, `;` or `,`, at most 5 MB',
  })
  @IsOptional()
  file?: unknown;
}

export class ImportProblemDto {
  @ApiProperty({ description: 'Line in the file (the header is line 1)' })
  line!: number;

  @ApiProperty({ enum: IMPORT_COLUMNS, nullable: true, type: String })
  column!: string | null;

  @ApiProperty({
    description:
      'Stable code: header_invalid, no_rows, email_duplicate, email_taken, chapter_unknown, squad_unknown, date_invalid, fte_invalid, squad_full, tribe_full, too_many_squads, fte_exceeded, …',
  })
  code!: string;

  @ApiProperty({ description: "In the request's language" })
  message!: string;
}

export class OrganisationImportReportDto {
  @ApiProperty({ enum: ORGANISATION_IMPORT_MODES })
  mode!: OrganisationImportMode;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The import record of a commit (null for a dry run or a refused file)',
  })
  importId!: string | null;

  @ApiProperty({ description: 'True when something was written (a clean commit)' })
  committed!: boolean;

  @ApiProperty({ enum: ['utf-8', 'windows-1252'] })
  encoding!: string;

  @ApiProperty({ enum: [';', ',', '\t'] })
  delimiter!: string;

  @ApiProperty({ description: 'Data rows in the file' })
  rows!: number;

  @ApiProperty({ description: 'People the file creates (or would create)' })
  people!: number;

  @ApiProperty({ description: 'Squad and chapter memberships the file starts (or would start)' })
  memberships!: number;

  @ApiProperty({ type: [String], description: 'Header names that map to no column' })
  ignoredColumns!: string[];

  @ApiProperty({ type: [ImportProblemDto] })
  problems!: ImportProblemDto[];
}

export class EnqueuedOrganisationImportDto {
  @ApiProperty({ format: 'uuid', description: 'Follow it at /api/organisation/imports/{importId}' })
  importId!: string;

  @ApiProperty({ description: 'BullMQ job id (equals the import id)' })
  jobId!: string;

  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  queue!: QueueName;

  @ApiProperty()
  rows!: number;

  @ApiProperty({ enum: ORGANISATION_IMPORT_STATES })
  state!: OrganisationImportState;
}

export class OrganisationImportDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty({ enum: ORGANISATION_IMPORT_STATES })
  state!: OrganisationImportState;

  @ApiProperty({ minimum: 0, maximum: 100 })
  progress!: number;

  @ApiProperty()
  fileName!: string;

  @ApiProperty()
  rows!: number;

  @ApiProperty({ description: 'People created (0 until completed)' })
  people!: number;

  @ApiProperty({ description: 'Memberships started (0 until completed)' })
  memberships!: number;

  @ApiProperty({ type: [ImportProblemDto], description: 'Why a job refused the file' })
  problems!: ImportProblemDto[];

  @ApiProperty({ nullable: true, type: String })
  errorCode!: string | null;

  @ApiProperty({ nullable: true, type: String })
  errorMessage!: string | null;

  @ApiProperty()
  attempts!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  startedAt!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  finishedAt!: string | null;
}
