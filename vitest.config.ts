import { defineConfig } from 'vitest/config';

// Three tiers, run in CI's order (`sequence.groupOrder`): unit, integration, browser.
// - unit: pure code, no Java and no database, so `npm run test:unit` works on any machine with Node.
// - integration and browser: a throw-away Neo4j, started by the global setup only when a file of
//   that tier is in the run, and shared by both tiers when they run together. Their files empty
//   the database they get, so they run one after another, never beside each other.
const NEO4J_SETUP = ['test/support/global-setup.ts'];

export default defineConfig({
  // graphql ships an ES module build and a CommonJS one. Node (and so `npm start` and yoga, even
  // under vitest) loads the CommonJS one; vite would give our own files the ES module, and two
  // GraphQLError classes break instanceof checks inside graphql-js and yoga. One copy, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 60_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: NEO4J_SETUP,
          fileParallelism: false,
          // The first start may build the launcher with Maven and fetch Neo4j.
          hookTimeout: 600_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: NEO4J_SETUP,
          fileParallelism: false,
          hookTimeout: 600_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
