import { defineConfig } from 'vitest/config';
import { reporters, sourceConditions, swcPlugin } from '../../../vitest.shared.mts';

export default defineConfig({
  plugins: [swcPlugin()],
  ...sourceConditions,
  test: {
    name: 'api-organisation',
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: reporters('api-organisation'),
  },
});
