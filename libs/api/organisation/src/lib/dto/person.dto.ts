import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageMetaDto, PageQueryDto, PersonRefDto } from './common.dto';
import { MembershipDto } from './membership.dto';

export class CreatePersonDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Customer journey expert' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobTitle?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The user account',
  })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

export class UpdatePersonDto extends PartialType(
  OmitType(CreatePersonDto, ['organisationId'] as const),
) {
  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class PersonQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'People with a current membership in this tribe',
  })
  @IsOptional()
  @IsUUID()
  tribeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Current members of this squad' })
  @IsOptional()
  @IsUUID()
  squadId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Current members of this chapter' })
  @IsOptional()
  @IsUUID()
  chapterId?: string;
}

/** What everyone signed in sees of a person: the directory. */
export class PersonSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ nullable: true, type: String })
  jobTitle!: string | null;
}

export class PersonPageDto extends PageMetaDto {
  @ApiProperty({ type: [PersonSummaryDto] })
  items!: PersonSummaryDto[];
}

/** A person's details: themselves, HR, and whoever leads them. */
export class PersonDto extends PersonSummaryDto {
  @ApiProperty()
  email!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  userId!: string | null;

  @ApiProperty()
  version!: number;
}

export class PersonRoleDto {
  @ApiProperty({
    enum: ['tribe_lead', 'product_owner', 'agile_coach', 'chapter_lead', 'department_manager'],
  })
  role!: 'tribe_lead' | 'product_owner' | 'agile_coach' | 'chapter_lead' | 'department_manager';

  @ApiProperty({ enum: ['tribe', 'squad', 'chapter', 'department'] })
  unitType!: 'tribe' | 'squad' | 'chapter' | 'department';

  @ApiProperty({ format: 'uuid' })
  unitId!: string;

  @ApiProperty()
  unitName!: string;
}

export class ManagerDto extends PersonRefDto {
  @ApiProperty({
    enum: ['chapter', 'tribe', 'department'],
    description:
      'chapter: the lead of their chapter; tribe: the tribe lead (of a chapter lead); department: the manager',
  })
  via!: 'chapter' | 'tribe' | 'department';

  @ApiProperty({ format: 'uuid' })
  unitId!: string;

  @ApiProperty()
  unitName!: string;
}

export class PersonDetailDto extends PersonDto {
  @ApiProperty({ format: 'date', description: 'The day "current" refers to' })
  date!: string;

  @ApiProperty({ type: [MembershipDto], description: 'Memberships current on the day' })
  current!: MembershipDto[];

  @ApiProperty({ type: [PersonRoleDto], description: 'Units this person leads, owns or coaches' })
  roles!: PersonRoleDto[];

  @ApiProperty({ type: ManagerDto, nullable: true })
  manager!: ManagerDto | null;

  @ApiProperty({ type: [MembershipDto], description: 'Every membership, newest first' })
  history!: MembershipDto[];
}
