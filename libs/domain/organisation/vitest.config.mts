import { defineConfig } from 'vitest/config';
import { reporters, sourceConditions } from '../../../vitest.shared.mts';

export default defineConfig({
  ...sourceConditions,
  test: {
    name: 'organisation',
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    reporters: reporters('organisation'),
  },
});
