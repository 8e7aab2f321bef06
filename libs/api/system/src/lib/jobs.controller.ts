import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Can, ErrorBodyDto, type RequestAccess } from '@tribeworks/api-core';
import { JobStatusDto } from './dto/job.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Can('read', 'Job')
  @Get(':queue/:id')
  @ApiOkResponse({ type: JobStatusDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown queue or job' })
  getStatus(
    @Param('queue') queue: string,
    @Param('id') id: string,
    @Access() access: RequestAccess,
  ): Promise<JobStatusDto> {
    return this.jobs.getStatus(queue, id, access);
  }
}
