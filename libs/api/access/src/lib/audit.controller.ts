import { Controller, Get, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '@tribeworks/api-core';
import { AuditService } from './audit.service';
import { AuditPageDto, AuditQueryDto, FieldChangeDto } from './dto/audit.dto';

@ApiTags('audit')
@ApiExtraModels(FieldChangeDto)
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Can('read', 'AuditLog')
  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  search(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.search(query);
  }
}
