import { defineConfig } from 'vitest/config';
import { reporters } from '../../../vitest.shared.mts';

export default defineConfig({
  test: {
    name: 'contracts',
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    reporters: reporters('contracts'),
  },
});
