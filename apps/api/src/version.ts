import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The product version, from the root package.json (same path from src/ and dist/). */
export const APP_VERSION: string = (
  JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Where the built web app lives (same path from src/ and dist/). */
export const WEB_DIST_DIR = resolve(__dirname, '../../web/dist');
