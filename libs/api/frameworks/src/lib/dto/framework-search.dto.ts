import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export const SEARCH_ENTITIES = [
  'competency',
  'activity',
  'knowledge',
  'coreTask',
  'workProcess',
  'behaviour',
] as const;
export type SearchEntity = (typeof SEARCH_ENTITIES)[number];

export class FrameworkSearchQueryDto {
  @ApiProperty({
    example: 'product',
    minLength: 2,
    maxLength: 200,
    description: 'Dutch search words; "quotes", OR and -minus as in web search',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  q!: string;

  @ApiPropertyOptional({ example: 'BK-0571-1', description: 'Only this framework' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  code?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class HighlightFragmentDto {
  @ApiProperty({ description: 'Plain text (not HTML)' })
  text!: string;

  @ApiProperty({ description: 'True for a matching word' })
  highlighted!: boolean;
}

export class SearchHitDto {
  @ApiProperty({ example: 'BK-0571-1' })
  frameworkCode!: string;

  @ApiProperty()
  frameworkTitle!: string;

  @ApiProperty({ description: 'The framework version searched (the latest)' })
  version!: number;

  @ApiProperty({ enum: SEARCH_ENTITIES, enumName: 'FrameworkSearchEntity' })
  entity!: SearchEntity;

  @ApiProperty({ description: 'Competency number, or core task / work process code', example: '4' })
  path!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The item’s own code, when it has one',
  })
  key!: string | null;

  @ApiProperty({ description: 'The full text of the item (plain text)' })
  text!: string;

  @ApiProperty({
    description:
      'Excerpt as HTML: the source text HTML-escaped, matches wrapped in <mark>…</mark>; safe to insert as HTML',
    example: 'Onderzoekt een <mark>product</mark>, dienst of merk',
  })
  headline!: string;

  @ApiProperty({
    type: [HighlightFragmentDto],
    description: 'The same excerpt as plain-text fragments, for rendering without HTML',
  })
  fragments!: HighlightFragmentDto[];

  @ApiProperty({ description: 'ts_rank score; higher is better' })
  rank!: number;
}

export class FrameworkSearchResultDto {
  @ApiProperty()
  query!: string;

  @ApiProperty({ type: [SearchHitDto] })
  items!: SearchHitDto[];
}
