import { ApiProperty } from '@nestjs/swagger';
import { TRIBE_KINDS, type TribeKind } from '@tribeworks/contracts';
import { PersonRefDto } from './common.dto';

export class MatrixPersonDto extends PersonRefDto {
  @ApiProperty({ nullable: true, type: String })
  jobTitle!: string | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'FTE in this squad (null outside a squad)',
  })
  fte!: number | null;

  @ApiProperty({ description: 'The product owner of this squad' })
  isProductOwner!: boolean;
}

export class MatrixSquadDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  mission!: string;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  productOwner!: PersonRefDto | null;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  agileCoach!: PersonRefDto | null;

  @ApiProperty()
  memberCount!: number;

  @ApiProperty()
  limit!: number;

  @ApiProperty({ description: 'memberCount > limit (e.g. after the limit was lowered)' })
  overLimit!: boolean;

  @ApiProperty({ description: 'memberCount >= limit: the next add is refused' })
  full!: boolean;
}

export class MatrixChapterDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  specialism!: string;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  lead!: PersonRefDto | null;

  @ApiProperty()
  memberCount!: number;
}

export class MatrixCellDto {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null: in no squad of the tribe',
  })
  squadId!: string | null;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null: in no chapter of the tribe',
  })
  chapterId!: string | null;

  @ApiProperty({ type: [MatrixPersonDto] })
  people!: MatrixPersonDto[];
}

export class TribeMatrixDto {
  @ApiProperty({ format: 'uuid' })
  tribeId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  purpose!: string;

  @ApiProperty({ enum: TRIBE_KINDS, enumName: 'TribeKind' })
  kind!: TribeKind;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  tribeLead!: PersonRefDto | null;

  @ApiProperty({ format: 'date' })
  date!: string;

  @ApiProperty({ description: 'People with a squad or chapter membership in the tribe on the day' })
  peopleCount!: number;

  @ApiProperty()
  peopleLimit!: number;

  @ApiProperty({ type: [MatrixSquadDto] })
  squads!: MatrixSquadDto[];

  @ApiProperty({ type: [MatrixChapterDto] })
  chapters!: MatrixChapterDto[];

  @ApiProperty({ type: [MatrixCellDto], description: 'Non-empty cells only: squad × chapter' })
  cells!: MatrixCellDto[];
}
