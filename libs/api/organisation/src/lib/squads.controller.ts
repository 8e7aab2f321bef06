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
  CreateSquadDto,
  SquadDto,
  SquadPageDto,
  TribeUnitQueryDto,
  UpdateSquadDto,
} from './dto/units.dto';
import { DateQueryDto } from './dto/common.dto';
import { SquadMembersDto } from './dto/membership.dto';
import { MembershipsService } from './memberships.service';
import type { Squad } from './squad.entity';
import { toSquadDtos } from './units.mapper';
import { UnitsService } from './units.service';

@ApiTags('organisation')
@Controller('squads')
export class SquadsController {
  constructor(
    private readonly units: UnitsService,
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
  ) {}

  @Can('read', 'Squad')
  @Get()
  @ApiOperation({ summary: 'Squads, filtered by tribe and name' })
  @ApiOkResponse({ type: SquadPageDto })
  async list(@Query() query: TribeUnitQueryDto): Promise<SquadPageDto> {
    const result = await this.units.list<Squad>('Squad', query);
    return { ...result, items: await toSquadDtos(this.dataSource.manager, result.items) };
  }

  @Can('read', 'Squad')
  @Get(':id')
  @ApiOkResponse({ type: SquadDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SquadDto> {
    return (
      await toSquadDtos(this.dataSource.manager, [await this.units.get<Squad>('Squad', id)])
    )[0]!;
  }

  @Can('read', 'Membership')
  @Get(':id/members')
  @ApiOperation({ summary: 'Who was in the squad on a day (default today), product owner first' })
  @ApiOkResponse({ type: SquadMembersDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  members(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DateQueryDto,
  ): Promise<SquadMembersDto> {
    return this.memberships.squadMembersOn(id, query.date);
  }

  @Can('create', 'Squad')
  @Post()
  @ApiCreatedResponse({ type: SquadDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Name taken' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async create(@Access() access: RequestAccess, @Body() body: CreateSquadDto): Promise<SquadDto> {
    return (
      await toSquadDtos(this.dataSource.manager, [await this.units.createSquad(body, access)])
    )[0]!;
  }

  @Can('update', 'Squad')
  @Patch(':id')
  @ApiOkResponse({ type: SquadDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Changed by someone else meanwhile, or name taken',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async update(
    @Access() access: RequestAccess,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSquadDto,
  ): Promise<SquadDto> {
    return (
      await toSquadDtos(this.dataSource.manager, [await this.units.updateSquad(id, body, access)])
    )[0]!;
  }

  @Can('delete', 'Squad')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Still in use (members, parts or history)',
  })
  remove(@Access() access: RequestAccess, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.units.deleteSquad(id, access);
  }
}
