import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Run the TypeScript sources of the package itself (see "exports" in package.json).
    conditions: ['herald-source', 'module', 'node', 'default'],
  },
  ssr: {
    resolve: {
      conditions: ['herald-source', 'module', 'node', 'default'],
      externalConditions: ['herald-source'],
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: '.cache/vitest-results.json' } : undefined,
  },
});
