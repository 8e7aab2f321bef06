import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { SESSION_COOKIE } from '@tribeworks/contracts';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../config/config';
import { runWithContext } from '../context/request-context';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { ErrorBodyDto } from '../errors/error-body';
import { createValidationPipe } from '../errors/validation';

export const API_PREFIX = 'api';

/** The OpenAPI document of the running app; also written to apps/api/openapi.json. */
export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('Tribeworks API')
    .setDescription(
      'Product-management workflow for organisations working in tribes, squads and chapters.',
    )
    .setVersion(version)
    .addCookieAuth(SESSION_COOKIE)
    .addSecurityRequirements('cookie')
    .build();
  return SwaggerModule.createDocument(app, options, {
    extraModels: [ErrorBodyDto],
    operationIdFactory: (controllerKey: string, methodKey: string) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** Everything an HTTP app needs around its routes: prefix, security headers, validation, errors, docs, web. */
export function configureHttpApp(
  app: NestExpressApplication,
  config: AppConfig,
  options: { version: string; defaultWebDir: string },
): void {
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.setGlobalPrefix(API_PREFIX);
  if (config.TRUST_PROXY) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine writes its CSS variables in a <style> element.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  // Who acts and from where, for the audit log: filled in further by the access guard.
  app.use((req: Request, _res: Response, next: NextFunction) =>
    runWithContext({ ip: req.ip }, () => next()),
  );
  app.use(cookieParser());
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  const document = buildOpenApiDocument(app, options.version);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });

  if (config.SERVE_WEB) serveWebApp(app, resolve(config.WEB_DIST_DIR ?? options.defaultWebDir));
}

function serveWebApp(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    app
      .get(Logger)
      .warn(`Web app not found at ${dir}; serving the API only (build it with npm run build)`);
    return;
  }
  const isApi = (path: string) => path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);
  const assets = express.static(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) =>
    isApi(req.path) ? next() : assets(req, res, next),
  );
  // Client-side routes: any other GET that wants HTML gets the app shell.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApi(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
