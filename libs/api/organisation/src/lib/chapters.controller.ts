import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Access, Can, ErrorBodyDto, type RequestAccess } from '@tribeworks/api-core';
import { DataSource } from 'typeorm';
import {
  ChapterDto,
  ChapterPageDto,
  CreateChapterDto,
  TribeUnitQueryDto,
  UpdateChapterDto,
} from './dto/units.dto';
import type { Chapter } from './chapter.entity';
import { toChapterDtos } from './units.mapper';
import { UnitsService } from './units.service';

@ApiTags('organisation')
@Controller('chapters')
export class ChaptersController {
  constructor(
    private readonly units: UnitsService,
    private readonly dataSource: DataSource,
  ) {}

  @Can('read', 'Chapter')
  @Get()
  @ApiOperation({ summary: 'Chapters, filtered by tribe and name' })
  @ApiOkResponse({ type: ChapterPageDto })
  async list(@Query() query: TribeUnitQueryDto): Promise<ChapterPageDto> {
    const result = await this.units.list<Chapter>('Chapter', query);
    return { ...result, items: await toChapterDtos(this.dataSource.manager, result.items) };
  }

  @Can('read', 'Chapter')
  @Get(':id')
  @ApiOkResponse({ type: ChapterDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ChapterDto> {
    return (
      await toChapterDtos(this.dataSource.manager, [await this.units.get<Chapter>('Chapter', id)])
    )[0]!;
  }

  @Can('create', 'Chapter')
  @Post()
  @ApiCreatedResponse({ type: ChapterDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Name taken' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async create(
    @Access() access: RequestAccess,
    @Body() body: CreateChapterDto,
  ): Promise<ChapterDto> {
    return (
      await toChapterDtos(this.dataSource.manager, [await this.units.createChapter(body, access)])
    )[0]!;
  }

  @Can('update', 'Chapter')
  @Patch(':id')
  @ApiOkResponse({ type: ChapterDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Changed by someone else meanwhile, or name taken',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async update(
    @Access() access: RequestAccess,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateChapterDto,
  ): Promise<ChapterDto> {
    return (
      await toChapterDtos(this.dataSource.manager, [
        await this.units.updateChapter(id, body, access),
      ])
    )[0]!;
  }

  @Can('delete', 'Chapter')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Still in use (members, parts or history)',
  })
  remove(@Access() access: RequestAccess, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.units.deleteChapter(id, access);
  }
}
