import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Seeder } from '@tribeworks/api-core';
import { parseDossierBytes } from '@tribeworks/dossier';
import type { EntityManager } from 'typeorm';
import { storeDossierVersion } from './framework-store';

/** The seed dossiers of the parser's tests (src/lib and dist/lib sit at the same depth). */
export const DEMO_DOSSIER_DIR = resolve(__dirname, '../../../../domain/dossier/test/fixtures');

/** The demo frameworks; the MBO seed does not state its code, so the demo gives one. */
export const DEMO_DOSSIERS: ReadonlyArray<{
  file: string;
  code?: string;
  title?: string;
  versionLabel?: string;
}> = [
  { file: 'bk-0571-1-productmanager.txt' },
  { file: 'bk-0496-1-externe-sales.txt' },
  {
    file: 'mbo-kwalificatiedossier-commercie.txt',
    code: 'DEMO-MBO-COMMERCIE',
    title: 'Commercie (demo)',
  },
];

/**
 * Demo frameworks, stored synchronously in the seed transaction through the same code the
 * import job uses. Idempotent through the content hash: a second run finds every version.
 */
export const frameworksSeeder: Seeder = {
  name: 'demo frameworks',
  async run(manager: EntityManager): Promise<void> {
    for (const demo of DEMO_DOSSIERS) {
      const dossier = parseDossierBytes(readFileSync(resolve(DEMO_DOSSIER_DIR, demo.file)));
      await storeDossierVersion(manager, dossier, {
        code: dossier.code ?? demo.code ?? demo.file,
        title: demo.title ?? null,
        versionLabel: demo.versionLabel ?? null,
        sourceFileName: demo.file,
        importedBy: null,
        importedByEmail: null,
      });
    }
  },
};
