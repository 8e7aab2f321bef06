import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { reporters, sourceConditions } from '../../vitest.shared.mts';

export default defineConfig({
  plugins: [react()],
  // Workspace libs are consumed from their TypeScript source.
  resolve: sourceConditions.resolve,
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    reporters: reporters('web'),
  },
});
