import { defineConfig } from 'vitest/config';

// One run covers unit, integration and browser tests. Integration and browser tests share one
// throw-away Neo4j started by the global setup, so test files run one after another.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
