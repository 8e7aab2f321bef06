import { defineConfig } from 'vitest/config';
import { reporters, sourceConditions } from '../../vitest.shared.mts';

export default defineConfig({
  // Workspace libs (@tribeworks/api-testing) are consumed from their TypeScript source.
  ...sourceConditions,
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['src/**/*.e2e.spec.ts'],
    globalSetup: ['src/global-setup.ts'],
    // One API, one worker, one browser at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: reporters('web-e2e'),
  },
});
