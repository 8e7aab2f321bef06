import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FirstAdminService } from '@tribeworks/api-access';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  type AppConfig,
  ChangeFeed,
  configureHttpApp,
  loadConfigOrExit,
  runMigrationsWithLock,
  runSeeders,
} from '@tribeworks/api-core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { SEEDERS } from './seeders';
import { APP_VERSION, WEB_DIST_DIR } from './version';

/** The HTTP API: migrates (under a lock) and seeds before it takes traffic. */
async function bootstrap(config: AppConfig): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureHttpApp(app, config, { version: APP_VERSION, defaultWebDir: WEB_DIST_DIR });
  const logger = app.get(Logger);
  const dataSource = app.get(DataSource);
  if (config.MIGRATE_ON_START) await runMigrationsWithLock(dataSource, logger);
  if (config.SEED_DEMO_DATA) await runSeeders(dataSource, SEEDERS, logger);
  await app.get(ChangeFeed).start();
  await app.get(FirstAdminService).ensure();
  await app.listen(config.PORT, config.HOST);
  logger.log(`Tribeworks ${APP_VERSION} listening on http://${config.HOST}:${config.PORT}`);
}

bootstrap(loadConfigOrExit()).catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
