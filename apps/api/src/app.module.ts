import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  type AppConfig,
  CacheModule,
  ConfigModule,
  LoggerModule,
  QueueModule,
} from '@tribeworks/api-core';
import { AccessModule } from '@tribeworks/api-access';
import { FrameworksModule, FrameworksWorkerModule } from '@tribeworks/api-frameworks';
import { OrganisationModule, OrganisationWorkerModule } from '@tribeworks/api-organisation';
import { SystemModule, SystemWorkerModule } from '@tribeworks/api-system';
import { createDataSourceOptions } from './database/data-source';
import { APP_VERSION } from './version';

function infrastructure(config: AppConfig, role: 'producer' | 'worker') {
  return [
    ConfigModule.forRoot(config, APP_VERSION),
    LoggerModule,
    TypeOrmModule.forRoot(createDataSourceOptions(config)),
    QueueModule.forRoot(role),
    CacheModule,
  ];
}

/** The HTTP API: controllers and queue producers, no processors. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...infrastructure(config, 'producer'),
        AccessModule,
        SystemModule,
        FrameworksModule,
        OrganisationModule,
      ],
    };
  }
}

/** The worker: BullMQ processors only, no HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ...infrastructure(config, 'worker'),
        SystemWorkerModule,
        FrameworksWorkerModule,
        OrganisationWorkerModule,
      ],
    };
  }
}
