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
  CreateGuildDto,
  GuildDto,
  GuildPageDto,
  OrganisationUnitQueryDto,
  UpdateGuildDto,
} from './dto/units.dto';
import type { Guild } from './guild.entity';
import { toGuildDto } from './units.mapper';
import { UnitsService } from './units.service';

@ApiTags('organisation')
@Controller('guilds')
export class GuildsController {
  constructor(
    private readonly units: UnitsService,
    private readonly dataSource: DataSource,
  ) {}

  @Can('read', 'Guild')
  @Get()
  @ApiOperation({ summary: 'Guilds, filtered by organisation and name' })
  @ApiOkResponse({ type: GuildPageDto })
  async list(@Query() query: OrganisationUnitQueryDto): Promise<GuildPageDto> {
    const result = await this.units.list<Guild>('Guild', query);
    return { ...result, items: result.items.map(toGuildDto) };
  }

  @Can('read', 'Guild')
  @Get(':id')
  @ApiOkResponse({ type: GuildDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<GuildDto> {
    return toGuildDto(await this.units.get<Guild>('Guild', id));
  }

  @Can('create', 'Guild')
  @Post()
  @ApiCreatedResponse({ type: GuildDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Name taken' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async create(@Access() access: RequestAccess, @Body() body: CreateGuildDto): Promise<GuildDto> {
    return toGuildDto(await this.units.createGuild(body, access));
  }

  @Can('update', 'Guild')
  @Patch(':id')
  @ApiOkResponse({ type: GuildDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Changed by someone else meanwhile, or name taken',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async update(
    @Access() access: RequestAccess,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateGuildDto,
  ): Promise<GuildDto> {
    return toGuildDto(await this.units.updateGuild(id, body, access));
  }

  @Can('delete', 'Guild')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Still in use (members, parts or history)',
  })
  remove(@Access() access: RequestAccess, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.units.deleteGuild(id, access);
  }
}
