import { defineConfig } from 'vitest/config';
import { reporters, sourceConditions, swcPlugin } from '../../vitest.shared.mts';

export default defineConfig({
  plugins: [swcPlugin()],
  ...sourceConditions,
  test: {
    name: 'api',
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // Integration tests start real processes against one database: run files one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: reporters('api'),
  },
});
