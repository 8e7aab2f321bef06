import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSetting } from './app-setting.entity';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { PingService } from './ping.service';
import { SystemProcessor } from './ping.processor';
import { SystemController } from './system.controller';
import { SystemService } from './system.service';

/** HTTP side of the system area: health, instance info, job status, the ping job's producer. */
@Module({
  imports: [TypeOrmModule.forFeature([AppSetting])],
  controllers: [HealthController, SystemController, JobsController],
  providers: [HealthService, SystemService, JobsService],
})
export class SystemModule {}

/** Worker side of the system area: the processors of the system queue. */
@Module({
  providers: [PingService, SystemProcessor],
})
export class SystemWorkerModule {}
