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
  Req,
  Res,
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
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import {
  CreateTribeDto,
  TribeDto,
  TribePageDto,
  TribeQueryDto,
  UpdateTribeDto,
} from './dto/units.dto';
import { DateQueryDto } from './dto/common.dto';
import { TribeMatrixDto } from './dto/matrix.dto';
import { MatrixService } from './matrix.service';
import type { Tribe } from './tribe.entity';
import { toTribeDtos, toTribeSummaryDtos } from './units.mapper';
import { UnitsService } from './units.service';

@ApiTags('organisation')
@Controller('tribes')
export class TribesController {
  constructor(
    private readonly units: UnitsService,
    private readonly dataSource: DataSource,
    private readonly matrices: MatrixService,
  ) {}

  @Can('read', 'Tribe')
  @Get()
  @ApiOperation({
    summary: 'Tribes, filtered by organisation, kind and name, with their sizes today',
  })
  @ApiOkResponse({ type: TribePageDto })
  async list(@Query() query: TribeQueryDto): Promise<TribePageDto> {
    const result = await this.units.list<Tribe>('Tribe', query);
    return { ...result, items: await toTribeSummaryDtos(this.dataSource.manager, result.items) };
  }

  @Can('read', 'Tribe')
  @Get(':id')
  @ApiOkResponse({ type: TribeDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<TribeDto> {
    return (
      await toTribeDtos(this.dataSource.manager, [await this.units.get<Tribe>('Tribe', id)])
    )[0]!;
  }

  @Can('read', 'Tribe')
  @Get(':id/matrix')
  @ApiOperation({
    summary:
      'Squads × chapters with the people in each cell, leads, product owners, coaches and counts on a day',
  })
  @ApiOkResponse({ type: TribeMatrixDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async matrix(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DateQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // Sent as stored, gzipped when the client takes it: no serialisation or compression
    // per request. If-None-Match with the current ETag gets a 304 (res.send does that).
    const body = await this.matrices.matrixBody(id, query.date);
    const gzipped = req.acceptsEncodings('gzip') === 'gzip' ? body.gzipped : undefined;
    res.vary('Accept-Encoding');
    res.setHeader('ETag', `"${body.etag}${gzipped ? '-gz' : ''}"`);
    if (gzipped) res.setHeader('Content-Encoding', 'gzip');
    res.type('application/json').send(gzipped ?? body.json);
  }

  @Can('create', 'Tribe')
  @Post()
  @ApiCreatedResponse({ type: TribeDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Name taken' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async create(@Access() access: RequestAccess, @Body() body: CreateTribeDto): Promise<TribeDto> {
    return (
      await toTribeDtos(this.dataSource.manager, [await this.units.createTribe(body, access)])
    )[0]!;
  }

  @Can('update', 'Tribe')
  @Patch(':id')
  @ApiOkResponse({ type: TribeDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Changed by someone else meanwhile, or name taken',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async update(
    @Access() access: RequestAccess,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateTribeDto,
  ): Promise<TribeDto> {
    return (
      await toTribeDtos(this.dataSource.manager, [await this.units.updateTribe(id, body, access)])
    )[0]!;
  }

  @Can('delete', 'Tribe')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Still in use (members, parts or history)',
  })
  remove(@Access() access: RequestAccess, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.units.deleteTribe(id, access);
  }
}
