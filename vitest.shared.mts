import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defaultClientConditions, defaultServerConditions, type UserConfig } from 'vite';

/** Workspace libs are tested from their TypeScript source, not their build output. */
export const sourceConditions = {
  resolve: { conditions: ['@tribeworks/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@tribeworks/source', ...defaultServerConditions] } },
};

/**
 * Reporters: the default console output, plus a JSON report per project when
 * TEST_REPORT_DIR is set (CI sums those into its closing line).
 */
export function reporters(project: string): NonNullable<UserConfig['test']>['reporters'] {
  const dir = process.env.TEST_REPORT_DIR;
  return dir ? ['default', ['json', { outputFile: resolve(dir, `${project}.json`) }]] : ['default'];
}

/** NestJS code needs decorator metadata, which esbuild does not emit: compile tests with SWC. */
export function swcPlugin() {
  return swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
  });
}
