import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBodyDto } from '@tribeworks/api-core';
import { JobStatusDto } from './dto/job.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get(':queue/:id')
  @ApiOkResponse({ type: JobStatusDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown queue or job' })
  getStatus(@Param('queue') queue: string, @Param('id') id: string): Promise<JobStatusDto> {
    return this.jobs.getStatus(queue, id);
  }
}
