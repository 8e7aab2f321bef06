import { defineConfig } from 'vitest/config';

// Workspace libs (@tribeworks/api-testing) are consumed from their TypeScript source.
const conditions = ['@tribeworks/source', 'node', 'import', 'module', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['node'] } },
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['src/**/*.e2e.spec.ts'],
    globalSetup: ['src/global-setup.ts'],
    // One API, one worker, one browser at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
