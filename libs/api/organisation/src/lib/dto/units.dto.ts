import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { TRIBE_KINDS, type TribeKind } from '@tribeworks/contracts';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageMetaDto, PageQueryDto, PersonRefDto } from './common.dto';

const NAME = { minLength: 1, maxLength: 200 };
const nullableRef = (description: string) =>
  ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description });

// Tribes

export class CreateTribeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty(NAME)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ description: 'The goals of the tribe (doelen)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  purpose?: string;

  @ApiProperty({
    enum: TRIBE_KINDS,
    enumName: 'TribeKind',
    description: 'run (service) or change (experience)',
  })
  @IsIn(TRIBE_KINDS)
  kind!: TribeKind;

  @nullableRef('The tribe lead (a person)')
  @IsOptional()
  @IsUUID()
  leadPersonId?: string | null;
}

export class UpdateTribeDto extends PartialType(
  OmitType(CreateTribeDto, ['organisationId'] as const),
) {
  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class TribeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: TRIBE_KINDS, enumName: 'TribeKind' })
  @IsOptional()
  @IsIn(TRIBE_KINDS)
  kind?: TribeKind;
}

export class TribeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  purpose!: string;

  @ApiProperty({ enum: TRIBE_KINDS, enumName: 'TribeKind' })
  kind!: TribeKind;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  lead!: PersonRefDto | null;

  @ApiProperty()
  version!: number;
}

/** A tribe in the list, with its size today. */
export class TribeSummaryDto extends TribeDto {
  @ApiProperty({ description: 'Squads of the tribe' })
  squadCount!: number;

  @ApiProperty({ description: 'Chapters of the tribe' })
  chapterCount!: number;

  @ApiProperty({
    description: 'People with a squad or chapter membership in the tribe today, each once',
  })
  peopleCount!: number;

  @ApiProperty({ description: "The organisation's limit of people per tribe" })
  peopleLimit!: number;

  @ApiProperty({ description: 'peopleCount > peopleLimit (e.g. after the limit was lowered)' })
  overLimit!: boolean;
}

export class TribePageDto extends PageMetaDto {
  @ApiProperty({ type: [TribeSummaryDto] })
  items!: TribeSummaryDto[];
}

// Squads

export class CreateSquadDto {
  @ApiProperty({ format: 'uuid', description: 'Fixed once created' })
  @IsUUID()
  tribeId!: string;

  @ApiProperty(NAME)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  mission?: string;

  @nullableRef('The product owner: must be a current member of the squad')
  @IsOptional()
  @IsUUID()
  productOwnerId?: string | null;

  @nullableRef('The agile coach (a person; not a member)')
  @IsOptional()
  @IsUUID()
  agileCoachId?: string | null;
}

export class UpdateSquadDto extends PartialType(OmitType(CreateSquadDto, ['tribeId'] as const)) {
  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class TribeUnitQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  tribeId?: string;
}

export class SquadDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  tribeId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  mission!: string;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  productOwner!: PersonRefDto | null;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  agileCoach!: PersonRefDto | null;

  @ApiProperty()
  version!: number;
}

export class SquadPageDto extends PageMetaDto {
  @ApiProperty({ type: [SquadDto] })
  items!: SquadDto[];
}

// Chapters

export class CreateChapterDto {
  @ApiProperty({ format: 'uuid', description: 'Fixed once created' })
  @IsUUID()
  tribeId!: string;

  @ApiProperty(NAME)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Productmanagement' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  specialism?: string;

  @nullableRef("The chapter lead: line manager of the chapter's members")
  @IsOptional()
  @IsUUID()
  leadPersonId?: string | null;
}

export class UpdateChapterDto extends PartialType(
  OmitType(CreateChapterDto, ['tribeId'] as const),
) {
  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ChapterDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  tribeId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  specialism!: string;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  lead!: PersonRefDto | null;

  @ApiProperty()
  version!: number;
}

export class ChapterPageDto extends PageMetaDto {
  @ApiProperty({ type: [ChapterDto] })
  items!: ChapterDto[];
}

// Guilds

export class CreateGuildDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty(NAME)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  topic?: string;
}

export class UpdateGuildDto extends PartialType(
  OmitType(CreateGuildDto, ['organisationId'] as const),
) {
  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class OrganisationUnitQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class GuildDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  topic!: string;

  @ApiProperty()
  version!: number;
}

export class GuildPageDto extends PageMetaDto {
  @ApiProperty({ type: [GuildDto] })
  items!: GuildDto[];
}

// Departments

export class CreateDepartmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;

  @nullableRef('The department above (null: a top department)')
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiProperty(NAME)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @nullableRef('The manager (a person)')
  @IsOptional()
  @IsUUID()
  managerPersonId?: string | null;
}

export class UpdateDepartmentDto extends PartialType(
  OmitType(CreateDepartmentDto, ['organisationId'] as const),
) {
  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class DepartmentQueryDto extends OrganisationUnitQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only the departments directly under this one',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  parentId!: string | null;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  manager!: PersonRefDto | null;

  @ApiProperty()
  version!: number;
}

export class DepartmentPageDto extends PageMetaDto {
  @ApiProperty({ type: [DepartmentDto] })
  items!: DepartmentDto[];
}
