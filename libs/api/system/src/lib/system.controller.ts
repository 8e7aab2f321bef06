import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Access, Can, ErrorBodyDto, Public, type RequestAccess } from '@tribeworks/api-core';
import { EnqueuedJobDto } from './dto/job.dto';
import { PingRequestDto } from './dto/ping.dto';
import { SystemInfoDto } from './dto/system-info.dto';
import { SystemService } from './system.service';

@ApiTags('system')
@Controller('system')
export class SystemController {
  constructor(private readonly system: SystemService) {}

  @Public()
  @Get('info')
  @ApiOkResponse({ type: SystemInfoDto })
  info(): Promise<SystemInfoDto> {
    return this.system.info();
  }

  @Can('run', 'System')
  @Post('ping')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: EnqueuedJobDto,
    description: 'Queued; follow it at /api/jobs/{queue}/{id}',
  })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'Redis is unavailable' })
  ping(@Body() body: PingRequestDto, @Access() access: RequestAccess): Promise<EnqueuedJobDto> {
    return this.system.enqueuePing(body, access.principal.id);
  }
}
