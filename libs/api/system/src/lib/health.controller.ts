import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@tribeworks/api-core';
import type { Response } from 'express';
import { HealthDto } from './dto/health.dto';
import { HealthService } from './health.service';

@ApiTags('system')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto, description: 'PostgreSQL and Redis are reachable' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Names what is down' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const result = await this.health.check();
    res.status(result.down.length ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
    res.setHeader('Cache-Control', 'no-store');
    return result;
  }
}
