import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@tribeworks/api-core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './app.module';
import { APP_VERSION } from './version';

/** The worker: BullMQ processors, no HTTP server, never migrates. */
async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log(`Tribeworks ${APP_VERSION} worker started (pid ${process.pid})`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Worker failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
