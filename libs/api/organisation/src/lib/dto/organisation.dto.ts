import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ORGANISATION_KINDS, type OrganisationKind } from '@tribeworks/contracts';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageMetaDto } from './common.dto';

export class CreateOrganisationDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @ApiPropertyOptional({ default: 9, description: 'Members of a squad, product owner included' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxSquadMembers?: number;

  @ApiPropertyOptional({ default: 150, description: 'People in a tribe' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  maxTribePeople?: number;

  @ApiPropertyOptional({ default: 2, description: 'Squads one person works in at once' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  maxSquadsPerPerson?: number;

  @ApiPropertyOptional({ default: 1, description: "Sum of a person's squad FTE shares" })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(2)
  maxFtePerPerson?: number;
}

export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {
  @ApiProperty({ description: 'The version you read; a newer one means someone else changed it' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' })
  kind!: OrganisationKind;

  @ApiProperty()
  maxSquadMembers!: number;

  @ApiProperty()
  maxTribePeople!: number;

  @ApiProperty()
  maxSquadsPerPerson!: number;

  @ApiProperty()
  maxFtePerPerson!: number;

  @ApiProperty()
  version!: number;
}

export class OrganisationPageDto extends PageMetaDto {
  @ApiProperty({ type: [OrganisationDto] })
  items!: OrganisationDto[];
}
