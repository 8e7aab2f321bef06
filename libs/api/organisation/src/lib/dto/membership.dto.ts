import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBERSHIP_KINDS, type MembershipKind } from '@tribeworks/contracts';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { ISO_DATE_PATTERN, isoDateMessage, PageMetaDto, PageQueryDto } from './common.dto';

export class CreateMembershipDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId!: string;

  @ApiProperty({ enum: MEMBERSHIP_KINDS, enumName: 'MembershipKind' })
  @IsIn(MEMBERSHIP_KINDS)
  kind!: MembershipKind;

  @ApiProperty({ format: 'uuid', description: 'The squad, chapter, guild or department' })
  @IsUUID()
  unitId!: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day (default: today)' })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: isoDateMessage('from') })
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'The day it has ended (exclusive)',
  })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: isoDateMessage('until') })
  until?: string | null;

  @ApiPropertyOptional({
    minimum: 0.01,
    maximum: 1,
    description: 'Squads only: share of a full-time job (default 1)',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1)
  fte?: number;
}

export class EndMembershipDto {
  @ApiProperty({
    format: 'date',
    description: 'The day it has ended (exclusive): the first day without it',
  })
  @Matches(ISO_DATE_PATTERN, { message: isoDateMessage('until') })
  until!: string;

  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class MoveMembershipDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId!: string;

  @ApiProperty({ format: 'uuid', description: 'The squad they leave' })
  @IsUUID()
  fromSquadId!: string;

  @ApiProperty({ format: 'uuid', description: 'The squad they join' })
  @IsUUID()
  toSquadId!: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Last day in the old squad is the day before (default: today)',
  })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: isoDateMessage('date') })
  date?: string;

  @ApiPropertyOptional({
    minimum: 0.01,
    maximum: 1,
    description: 'FTE in the new squad (default: as in the old one)',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1)
  fte?: number;
}

export class MembershipQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ enum: MEMBERSHIP_KINDS, enumName: 'MembershipKind' })
  @IsOptional()
  @IsIn(MEMBERSHIP_KINDS)
  kind?: MembershipKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The squad, chapter, guild or department' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  tribeId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only memberships current on this day' })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: isoDateMessage('date') })
  date?: string;

  @ApiPropertyOptional({
    description: 'Only memberships current today (ignored when date is given)',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  current?: boolean;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  personId!: string;

  @ApiProperty()
  personName!: string;

  @ApiProperty({ enum: MEMBERSHIP_KINDS, enumName: 'MembershipKind' })
  kind!: MembershipKind;

  @ApiProperty({ format: 'uuid' })
  unitId!: string;

  @ApiProperty()
  unitName!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  tribeId!: string | null;

  @ApiProperty({ format: 'date' })
  from!: string;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  until!: string | null;

  @ApiProperty({ nullable: true, type: Number })
  fte!: number | null;

  @ApiProperty()
  version!: number;
}

export class MembershipPageDto extends PageMetaDto {
  @ApiProperty({ type: [MembershipDto] })
  items!: MembershipDto[];
}

export class MoveResultDto {
  @ApiProperty({
    type: MembershipDto,
    nullable: true,
    description:
      'The old membership, now ended on the day of the move; null when it was removed instead (see removed)',
  })
  ended!: MembershipDto | null;

  @ApiProperty({
    type: MembershipDto,
    nullable: true,
    description:
      'The old membership as it was, when it started on the day of the move: it held on no day, so it is removed rather than ended; null otherwise',
  })
  removed!: MembershipDto | null;

  @ApiProperty({
    type: MembershipDto,
    description:
      'The membership in the new squad: a new one, or, when the person left that squad on the day of the move with the same FTE, that membership resumed',
  })
  started!: MembershipDto;
}

export class SquadMemberDto {
  @ApiProperty({ format: 'uuid' })
  membershipId!: string;

  @ApiProperty({ format: 'uuid' })
  personId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ nullable: true, type: String })
  jobTitle!: string | null;

  @ApiProperty()
  fte!: number;

  @ApiProperty({ format: 'date' })
  from!: string;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  until!: string | null;

  @ApiProperty()
  isProductOwner!: boolean;
}

export class SquadMembersDto {
  @ApiProperty({ format: 'uuid' })
  squadId!: string;

  @ApiProperty()
  squadName!: string;

  @ApiProperty({ format: 'date' })
  date!: string;

  @ApiProperty({ description: 'Members on the day' })
  count!: number;

  @ApiProperty({ description: "The organisation's squad limit" })
  limit!: number;

  @ApiProperty({ type: [SquadMemberDto] })
  members!: SquadMemberDto[];
}
