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
  CreateDepartmentDto,
  DepartmentDto,
  DepartmentPageDto,
  DepartmentQueryDto,
  UpdateDepartmentDto,
} from './dto/units.dto';
import type { Department } from './department.entity';
import { toDepartmentDtos } from './units.mapper';
import { UnitsService } from './units.service';

@ApiTags('organisation')
@Controller('departments')
export class DepartmentsController {
  constructor(
    private readonly units: UnitsService,
    private readonly dataSource: DataSource,
  ) {}

  @Can('read', 'Department')
  @Get()
  @ApiOperation({ summary: 'Departments, filtered by organisation, parent and name' })
  @ApiOkResponse({ type: DepartmentPageDto })
  async list(@Query() query: DepartmentQueryDto): Promise<DepartmentPageDto> {
    const result = await this.units.list<Department>('Department', query);
    return { ...result, items: await toDepartmentDtos(this.dataSource.manager, result.items) };
  }

  @Can('read', 'Department')
  @Get(':id')
  @ApiOkResponse({ type: DepartmentDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<DepartmentDto> {
    return (
      await toDepartmentDtos(this.dataSource.manager, [
        await this.units.get<Department>('Department', id),
      ])
    )[0]!;
  }

  @Can('create', 'Department')
  @Post()
  @ApiCreatedResponse({ type: DepartmentDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Name taken' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async create(
    @Access() access: RequestAccess,
    @Body() body: CreateDepartmentDto,
  ): Promise<DepartmentDto> {
    return (
      await toDepartmentDtos(this.dataSource.manager, [
        await this.units.createDepartment(body, access),
      ])
    )[0]!;
  }

  @Can('update', 'Department')
  @Patch(':id')
  @ApiOkResponse({ type: DepartmentDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Changed by someone else meanwhile, or name taken',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'A rule refused' })
  async update(
    @Access() access: RequestAccess,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateDepartmentDto,
  ): Promise<DepartmentDto> {
    return (
      await toDepartmentDtos(this.dataSource.manager, [
        await this.units.updateDepartment(id, body, access),
      ])
    )[0]!;
  }

  @Can('delete', 'Department')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Still in use (members, parts or history)',
  })
  remove(@Access() access: RequestAccess, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.units.deleteDepartment(id, access);
  }
}
