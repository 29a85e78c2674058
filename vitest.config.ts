import { defineConfig } from 'vitest/config';

// One run covers unit, integration and browser tests. Integration and browser tests share one
// throw-away Neo4j started by the global setup, so test files run one after another.
export default defineConfig({
  // graphql ships an ES module build and a CommonJS one. Node (and so `npm start` and yoga, even
  // under vitest) loads the CommonJS one; vite would give our own files the ES module, and two
  // GraphQLError classes break instanceof checks inside graphql-js and yoga. One copy, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
