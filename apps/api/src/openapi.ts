import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { API_PREFIX, buildOpenApiDocument, loadConfig } from '@tribeworks/api-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { AppModule } from './app.module';
import { APP_VERSION } from './version';

const ROOT = resolve(__dirname, '../../..');
export const OPENAPI_JSON = resolve(ROOT, 'apps/api/openapi.json');
export const OPENAPI_TYPES = resolve(ROOT, 'libs/shared/contracts/src/generated/api.ts');

/**
 * Builds the OpenAPI document from the controllers (preview mode: nothing connects to the
 * database or Redis) and the TypeScript types the web app uses.
 */
export async function renderOpenApi(): Promise<{ json: string; types: string }> {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
  app.setGlobalPrefix(API_PREFIX);
  const document = buildOpenApiDocument(app, APP_VERSION);
  await app.close();
  // The version changes on every release; the contract does not.
  document.info.version = '1';
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const ast = await openapiTS(JSON.parse(json) as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
  });
  const types = `/* Generated from apps/api/openapi.json by \`npm run openapi\`. Do not edit. */\n${astToString(ast)}`;
  return { json, types };
}

/** Writes both files, or with `check` reports whether the committed ones are stale. */
export async function writeOrCheckOpenApi(check: boolean): Promise<boolean> {
  const { json, types } = await renderOpenApi();
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  const stale = [
    read(OPENAPI_JSON) !== json && 'apps/api/openapi.json',
    read(OPENAPI_TYPES) !== types && 'libs/shared/contracts/src/generated/api.ts',
  ].filter(Boolean);
  if (check) {
    if (stale.length) {
      process.stderr.write(
        `OpenAPI contract is stale: ${stale.join(', ')} differ from the controllers. Run: npm run openapi\n`,
      );
      return false;
    }
    process.stdout.write('OpenAPI contract is up to date\n');
    return true;
  }
  writeFileSync(OPENAPI_JSON, json);
  writeFileSync(OPENAPI_TYPES, types);
  process.stdout.write(`Wrote ${OPENAPI_JSON} and ${OPENAPI_TYPES}\n`);
  return true;
}
