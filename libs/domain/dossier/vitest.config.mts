import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'dossier',
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
