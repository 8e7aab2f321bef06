import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { DIFF_ENTITIES, DIFF_KINDS, type DiffEntity, type DiffKind } from '../framework-diff';

export class FrameworkDiffQueryDto {
  @ApiProperty({ minimum: 1, example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from!: number;

  @ApiProperty({ minimum: 1, example: 2 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to!: number;
}

export class DiffChangeDto {
  @ApiProperty({ enum: DIFF_ENTITIES, enumName: 'FrameworkDiffEntity' })
  entity!: DiffEntity;

  @ApiProperty({ enum: DIFF_KINDS, enumName: 'FrameworkDiffKind' })
  change!: DiffKind;

  @ApiProperty({
    description: 'Competency number, core task or work process code that holds the item',
    example: '3',
  })
  path!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The item’s own number or code',
  })
  key!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'title' })
  field!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  before!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  after!: string | null;
}

export class DiffSummaryDto {
  @ApiProperty()
  added!: number;

  @ApiProperty()
  removed!: number;

  @ApiProperty()
  changed!: number;
}

export class FrameworkDiffDto {
  @ApiProperty({ example: 'BK-0571-1' })
  code!: string;

  @ApiProperty()
  from!: number;

  @ApiProperty()
  to!: number;

  @ApiProperty({ type: DiffSummaryDto })
  summary!: DiffSummaryDto;

  @ApiProperty({ type: [DiffChangeDto] })
  changes!: DiffChangeDto[];
}
