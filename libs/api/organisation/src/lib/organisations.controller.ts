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
import { Can, ErrorBodyDto } from '@tribeworks/api-core';
import { DataSource } from 'typeorm';
import {
  CreateOrganisationDto,
  OrganisationDto,
  OrganisationPageDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { PageQueryDto } from './dto/common.dto';
import type { Organisation } from './organisation.entity';
import { toOrganisationDto } from './units.mapper';
import { UnitsService } from './units.service';

@ApiTags('organisation')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly units: UnitsService,
    private readonly dataSource: DataSource,
  ) {}

  @Can('read', 'Organisation')
  @Get()
  @ApiOperation({ summary: 'Organisations with their kind and rule limits' })
  @ApiOkResponse({ type: OrganisationPageDto })
  async list(@Query() query: PageQueryDto): Promise<OrganisationPageDto> {
    const result = await this.units.list<Organisation>('Organisation', query);
    return { ...result, items: result.items.map(toOrganisationDto) };
  }

  @Can('read', 'Organisation')
  @Get(':id')
  @ApiOkResponse({ type: OrganisationDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationDto> {
    return toOrganisationDto(await this.units.get<Organisation>('Organisation', id));
  }

  @Can('create', 'Organisation')
  @Post()
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Name taken' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async create(@Body() body: CreateOrganisationDto): Promise<OrganisationDto> {
    return toOrganisationDto(await this.units.createOrganisation(body));
  }

  @Can('update', 'Organisation')
  @Patch(':id')
  @ApiOkResponse({ type: OrganisationDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Changed by someone else meanwhile, or name taken',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationDto> {
    return toOrganisationDto(await this.units.updateOrganisation(id, body));
  }

  @Can('delete', 'Organisation')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Still in use (members, parts or history)',
  })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.units.deleteOrganisation(id);
  }
}
