import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Can, ErrorBodyDto } from '@tribeworks/api-core';
import { FrameworkDiffDto, FrameworkDiffQueryDto } from './dto/framework-diff.dto';
import { FrameworkSearchQueryDto, FrameworkSearchResultDto } from './dto/framework-search.dto';
import {
  FrameworkDetailDto,
  FrameworkListDto,
  FrameworkVersionDto,
  FrameworkVersionQueryDto,
  ListFrameworksQueryDto,
} from './dto/framework.dto';
import { FrameworkSearchService } from './framework-search.service';
import { FrameworksService } from './frameworks.service';

const CODE_PARAM = { name: 'code', example: 'BK-0571-1', description: 'Framework code' };

@ApiTags('frameworks')
@Controller('frameworks')
export class FrameworksController {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly searcher: FrameworkSearchService,
  ) {}

  @Get()
  @Can('read', 'Framework')
  @ApiOperation({ summary: 'Frameworks with their latest version' })
  @ApiOkResponse({ type: FrameworkListDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  list(@Query() query: ListFrameworksQueryDto): Promise<FrameworkListDto> {
    return this.frameworks.list(query);
  }

  // Declared before ":code" so that "search" is not taken for a code.
  @Get('search')
  @Can('read', 'Framework')
  @ApiOperation({
    summary:
      'Full-text search in Dutch over competencies, activities, knowledge, core tasks, work processes and behaviours',
  })
  @ApiOkResponse({ type: FrameworkSearchResultDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  search(@Query() query: FrameworkSearchQueryDto): Promise<FrameworkSearchResultDto> {
    return this.searcher.search(query);
  }

  @Get(':code')
  @Can('read', 'Framework')
  @ApiOperation({
    summary: 'One version of a framework (the latest by default) with its whole tree',
  })
  @ApiParam(CODE_PARAM)
  @ApiOkResponse({ type: FrameworkDetailDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(
    @Param('code') code: string,
    @Query() query: FrameworkVersionQueryDto,
  ): Promise<FrameworkDetailDto> {
    return this.frameworks.detail(code, query.version);
  }

  @Get(':code/versions')
  @Can('read', 'Framework')
  @ApiOperation({ summary: 'The versions of a framework, newest first' })
  @ApiParam(CODE_PARAM)
  @ApiOkResponse({ type: [FrameworkVersionDto] })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  versions(@Param('code') code: string): Promise<FrameworkVersionDto[]> {
    return this.frameworks.versions(code);
  }

  @Get(':code/diff')
  @Can('read', 'Framework')
  @ApiOperation({ summary: 'What was added, removed and changed between two versions' })
  @ApiParam(CODE_PARAM)
  @ApiOkResponse({ type: FrameworkDiffDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  diff(
    @Param('code') code: string,
    @Query() query: FrameworkDiffQueryDto,
  ): Promise<FrameworkDiffDto> {
    return this.frameworks.diff(code, query.from, query.to);
  }
}
