import { Module } from '@nestjs/common';
import { FrameworkImportService } from './framework-import.service';
import { FrameworkImportsController } from './framework-imports.controller';
import { FrameworksProcessor } from './framework-import.processor';
import { FrameworkSearchService } from './framework-search.service';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';

/** HTTP side of the frameworks area: uploads (queue producer), reading, diff and search. */
@Module({
  controllers: [FrameworkImportsController, FrameworksController],
  providers: [FrameworkImportService, FrameworksService, FrameworkSearchService],
  exports: [FrameworkImportService],
})
export class FrameworksModule {}

/** Worker side of the frameworks area: the import processor. */
@Module({
  providers: [FrameworkImportService, FrameworksProcessor],
})
export class FrameworksWorkerModule {}
