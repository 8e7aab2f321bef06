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
} from '@nestjs/swagger';
import { Access, Can, ErrorBodyDto, type RequestAccess, SignedIn } from '@tribeworks/api-core';
import { DateQueryDto } from './dto/common.dto';
import {
  CreatePersonDto,
  PersonDetailDto,
  PersonDto,
  PersonPageDto,
  PersonQueryDto,
  UpdatePersonDto,
} from './dto/person.dto';
import { PeopleService } from './people.service';

@ApiTags('organisation')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  // The directory (names and job titles) is part of the structure everyone signed in reads.
  @SignedIn()
  @Get()
  @ApiOperation({
    summary:
      'The directory: names and job titles, filtered by organisation, tribe, squad, chapter, name',
  })
  @ApiOkResponse({ type: PersonPageDto })
  list(@Query() query: PersonQueryDto): Promise<PersonPageDto> {
    return this.people.list(query);
  }

  @Can('read', 'Person')
  @Get(':id')
  @ApiOperation({
    summary: "A person's page: details, current memberships, roles in units, manager and history",
    description:
      'For the person themselves, HR, and whoever leads them: their chapter lead, tribe lead or department manager.',
  })
  @ApiOkResponse({ type: PersonDetailDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  detail(
    @Access() access: RequestAccess,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DateQueryDto,
  ): Promise<PersonDetailDto> {
    return this.people.detail(id, access, query.date);
  }

  @Can('create', 'Person')
  @Post()
  @ApiCreatedResponse({ type: PersonDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'E-mail address or user account taken' })
  create(@Body() body: CreatePersonDto): Promise<PersonDto> {
    return this.people.create(body);
  }

  @Can('update', 'Person')
  @Patch(':id')
  @ApiOkResponse({ type: PersonDto })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'Changed meanwhile, or e-mail/user taken',
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePersonDto,
  ): Promise<PersonDto> {
    return this.people.update(id, body);
  }

  @Can('delete', 'Person')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Has memberships or roles' })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.people.remove(id);
  }
}
