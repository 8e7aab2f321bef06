import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Access, Can, ErrorBodyDto, type RequestAccess } from '@tribeworks/api-core';
import { FRAMEWORK_IMPORT_MAX_BYTES } from '@tribeworks/contracts';
import {
  EnqueuedImportDto,
  FrameworkImportDto,
  FrameworkImportRequestDto,
} from './dto/framework-import.dto';
import { FrameworkImportService, type UploadedDossier } from './framework-import.service';
import { FrameworksService } from './frameworks.service';

@ApiTags('frameworks')
@Controller('frameworks/imports')
export class FrameworkImportsController {
  constructor(
    private readonly imports: FrameworkImportService,
    private readonly frameworks: FrameworksService,
  ) {}

  @Post()
  @Can('import', 'Framework')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: FRAMEWORK_IMPORT_MAX_BYTES, files: 1 } }),
  )
  @ApiOperation({
    summary: 'Upload a BK or MBO dossier (text) to import as a framework version',
    description:
      'Checks and queues the file; a worker parses it and stores the framework in one transaction. Identical content returns the existing version.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: FrameworkImportRequestDto })
  @ApiAcceptedResponse({ type: EnqueuedImportDto, description: 'Queued' })
  @ApiBadRequestResponse({
    type: ErrorBodyDto,
    description: 'No file, an empty file or bad fields',
  })
  @ApiPayloadTooLargeResponse({ type: ErrorBodyDto, description: 'Larger than 5 MB' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description:
      'Not a dossier (dossier_binary, dossier_not_a_dossier, dossier_truncated, …) or the code is missing or does not match',
  })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'Redis is unavailable' })
  create(
    @UploadedFile() file: UploadedDossier | undefined,
    @Body() body: FrameworkImportRequestDto,
    @Access() access: RequestAccess,
  ): Promise<EnqueuedImportDto> {
    const { id, email } = access.principal;
    return this.imports.createImport(file, body, { id, email });
  }

  @Get(':id')
  @Can('import', 'Framework')
  @ApiOperation({ summary: 'State, progress, warnings and outcome of an import' })
  @ApiOkResponse({ type: FrameworkImportDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<FrameworkImportDto> {
    return this.frameworks.importStatus(await this.imports.findImport(id));
  }
}
