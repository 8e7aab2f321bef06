import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Access, Can, ErrorBodyDto, type RequestAccess, RequestLocale } from '@tribeworks/api-core';
import { type Locale, ORGANISATION_IMPORT_MAX_BYTES } from '@tribeworks/contracts';
import type { Response } from 'express';
import {
  EnqueuedOrganisationImportDto,
  OrganisationImportDto,
  OrganisationImportQueryDto,
  OrganisationImportReportDto,
  OrganisationImportRequestDto,
} from './dto/import.dto';
import { OrganisationImportService, type UploadedCsv } from './organisation-import.service';

const FORMAT = `One row per person; the first line names the columns, in any order:

| column | Dutch | required | meaning |
| --- | --- | --- | --- |
| name | naam | yes | full name |
| email | e-mail | yes | e-mail address, unique in the organisation (new people only) |
| job_title | functie | no | job title |
| tribe | tribe | no | the tribe the chapter and squads are in (needed when a name occurs in several tribes) |
| chapter | chapter | no | the person's chapter (their line) |
| squads | squads | no | at most 2 squads, separated by \`|\` |
| fte | fte | no | FTE share per squad, separated by \`|\` (0.8, 0,8 or 80%); default 1 shared equally |
| from | vanaf | no | first day of the memberships, YYYY-MM-DD or DD-MM-YYYY; default today |

UTF-8 (with or without BOM) or Windows-1252; \`;\`, \`,\` or tab as delimiter; quoted fields; other columns are ignored and listed in \`ignoredColumns\`.

Example: \`naam;e-mail;functie;tribe;chapter;squads;fte;vanaf\` / \`Hélène Dubois;helene.dubois@bank.nl;Data-analist;Hypotheek;Data Analytics;hypotheek-app|oversluiten;0,5|0,5;01-03-2026\``;

@ApiTags('organisation')
@Controller('organisation/imports')
export class OrganisationImportsController {
  constructor(private readonly imports: OrganisationImportService) {}

  @Post()
  @Can('create', 'Person')
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: ORGANISATION_IMPORT_MAX_BYTES, files: 1 } }),
  )
  @ApiOperation({
    summary: 'Import people and their chapter and squad memberships from a CSV file',
    description: `\`mode=dry-run\` (default) checks every row against the organisation and its rules and writes nothing: 200 with every problem and its line. \`mode=commit\` imports all rows or none: a file with any problem gets 422 with the same report (in \`details\`); a clean file of at most 500 rows is written at once in one transaction (200); a larger one is checked, then queued (202) and written by a job in one transaction — follow it at GET /api/organisation/imports/{id}. HR and admin only.\n\n${FORMAT}`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: OrganisationImportRequestDto })
  @ApiExtraModels(EnqueuedOrganisationImportDto)
  @ApiOkResponse({
    type: OrganisationImportReportDto,
    description: 'Dry run, or a small file committed',
  })
  @ApiAcceptedResponse({ type: EnqueuedOrganisationImportDto, description: 'A large file queued' })
  @ApiBadRequestResponse({
    type: ErrorBodyDto,
    description: 'No file, an empty file or bad parameters',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No such organisation' })
  @ApiPayloadTooLargeResponse({ type: ErrorBodyDto, description: 'Larger than 5 MB' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description:
      '`import_rejected`: the file has problems; `details` is the report. Nothing was written.',
  })
  @ApiServiceUnavailableResponse({
    type: ErrorBodyDto,
    description: 'Redis is unavailable (large files)',
  })
  async create(
    @UploadedFile() file: UploadedCsv | undefined,
    @Query() query: OrganisationImportQueryDto,
    @Access() access: RequestAccess,
    @RequestLocale() locale: Locale,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrganisationImportReportDto | EnqueuedOrganisationImportDto> {
    const { id, email } = access.principal;
    const outcome = await this.imports.upload(
      file,
      query.organisationId,
      query.mode ?? 'dry-run',
      locale,
      { id, email },
    );
    res.status(outcome.status);
    return outcome.body;
  }

  @Get(':id')
  @Can('create', 'Person')
  @ApiOperation({ summary: 'State, progress, counts and problems of a people import' })
  @ApiOkResponse({ type: OrganisationImportDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @RequestLocale() locale: Locale,
  ): Promise<OrganisationImportDto> {
    return this.imports.status(id, locale);
  }
}
