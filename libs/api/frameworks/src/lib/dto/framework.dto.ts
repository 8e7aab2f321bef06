import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FRAMEWORK_FAMILIES, type FrameworkFamily } from '@tribeworks/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DossierWarningDto } from './framework-import.dto';

export class ListFrameworksQueryDto {
  @ApiPropertyOptional({ enum: FRAMEWORK_FAMILIES, enumName: 'FrameworkFamily' })
  @IsOptional()
  @IsIn(FRAMEWORK_FAMILIES)
  family?: FrameworkFamily;

  @ApiPropertyOptional({ description: 'Part of the code or title', maxLength: 200 })
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

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class FrameworkVersionQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'Version number; the latest when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class FrameworkLevelDto {
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Flemish VKS level (BK)' })
  vks!: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'EQF level' })
  eqf!: number | null;

  @ApiProperty({ type: [Number], description: 'MBO levels of the profiles (MBO), ascending' })
  mbo!: number[];
}

export class FrameworkSummaryDto {
  @ApiProperty({ example: 'BK-0571-1' })
  code!: string;

  @ApiProperty({ example: 'Productmanager' })
  title!: string;

  @ApiProperty({ enum: FRAMEWORK_FAMILIES, enumName: 'FrameworkFamily' })
  family!: FrameworkFamily;

  @ApiProperty({ type: FrameworkLevelDto })
  level!: FrameworkLevelDto;

  @ApiProperty({ example: 1 })
  latestVersion!: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'versie 1, 2020' })
  versionLabel!: string | null;

  @ApiProperty({ format: 'date-time' })
  importedAt!: string;
}

export class FrameworkListDto {
  @ApiProperty({ type: [FrameworkSummaryDto] })
  items!: FrameworkSummaryDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;
}

export class FrameworkVersionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  version!: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  versionLabel!: string | null;

  @ApiProperty({ description: 'SHA-256 of the normalised parse result' })
  contentHash!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  sourceFileName!: string;

  @ApiPropertyOptional({ type: String, nullable: true, enum: ['pdf', 'web'] })
  layout!: 'pdf' | 'web' | null;

  @ApiProperty({ format: 'date-time' })
  importedAt!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  importedByEmail!: string | null;

  @ApiProperty()
  warningCount!: number;
}

export class ActivityDto {
  @ApiProperty()
  text!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    enum: ['cognitive', 'problem-solving', 'motor'],
  })
  skillType!: string | null;
}

export class KnowledgeDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The catalogue element (shared by every owner that lists it)',
  })
  id!: string;

  @ApiProperty()
  text!: string;

  @ApiPropertyOptional({ type: String, nullable: true, enum: ['basic', 'normal', 'thorough'] })
  depth!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, enum: ['knowledge', 'skill'] })
  kind!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'MBO category' })
  category!: string | null;
}

export class CompetencyDto {
  @ApiProperty()
  number!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [ActivityDto] })
  activities!: ActivityDto[];

  @ApiProperty({ type: [KnowledgeDto] })
  knowledge!: KnowledgeDto[];
}

export class BehaviourDto {
  @ApiProperty({ example: 'P4-K2-W3-G05' })
  code!: string;

  @ApiProperty()
  text!: string;
}

export class WorkProcessDto {
  @ApiProperty({ example: 'B1-K1-W1' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty()
  result!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'De beginnend beroepsbeoefenaar:' })
  actor!: string | null;

  @ApiProperty({ type: [String], description: 'Underlying competences' })
  competences!: string[];

  @ApiProperty({ type: [BehaviourDto] })
  behaviours!: BehaviourDto[];
}

export class CoreTaskDto {
  @ApiProperty({ example: 'B1-K1' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null for the basis part' })
  profileCode!: string | null;

  @ApiProperty()
  complexity!: string;

  @ApiProperty()
  responsibility!: string;

  @ApiProperty({ type: [KnowledgeDto] })
  knowledge!: KnowledgeDto[];

  @ApiProperty({ type: [WorkProcessDto] })
  workProcesses!: WorkProcessDto[];
}

export class MboProfileDto {
  @ApiProperty({ example: 'P3' })
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiPropertyOptional({ type: Number, nullable: true })
  mboLevel!: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  eqfLevel!: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  professionalRequirements!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  qualificationType!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({
    type: [String],
    description: 'Codes of the basis core tasks every profile shares (listed once under basis)',
  })
  sharedCoreTaskCodes!: string[];

  @ApiProperty({ type: [CoreTaskDto], description: 'The profile’s own core tasks' })
  coreTasks!: CoreTaskDto[];
}

export class FrameworkDetailDto {
  @ApiProperty({ example: 'BK-0571-1' })
  code!: string;

  @ApiProperty({ enum: FRAMEWORK_FAMILIES, enumName: 'FrameworkFamily' })
  family!: FrameworkFamily;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'The latest version number of the framework' })
  latestVersion!: number;

  @ApiProperty({ type: FrameworkVersionDto, description: 'The version shown' })
  version!: FrameworkVersionDto;

  @ApiProperty({ type: FrameworkLevelDto })
  level!: FrameworkLevelDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Descriptor sections and general facts (BK: definition, sectors, actors, descriptors, attestations, …)',
  })
  details!: Record<string, unknown>;

  @ApiProperty({ type: [DossierWarningDto] })
  warnings!: DossierWarningDto[];

  @ApiProperty({ type: [CompetencyDto], description: 'BK competencies (empty for MBO)' })
  competencies!: CompetencyDto[];

  @ApiProperty({ type: [CoreTaskDto], description: 'MBO basis core tasks (empty for BK)' })
  basis!: CoreTaskDto[];

  @ApiProperty({ type: [MboProfileDto], description: 'MBO profiles (empty for BK)' })
  profiles!: MboProfileDto[];
}
