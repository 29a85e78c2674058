import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { seedDatabase } from '../../server/ingest/seed.ts';
import { openTestDatabase } from './test-database.ts';

/** Tokens of every role, as ACTORGRAPH_TOKENS would configure them (16+ characters each). */
export const TOKENS = {
  reader: 'reader-token-for-tests-0001',
  editor: 'editor-token-for-tests-0002',
  admin: 'admin-token-for-tests-00003',
} as const;

export const TOKENS_ENV = Object.entries(TOKENS)
  .map(([role, token]) => `${token}:${role}`)
  .join(',');

/** The headers of a request made with the token of `role`. */
export function bearer(role: keyof typeof TOKENS): Record<string, string> {
  return { authorization: `Bearer ${TOKENS[role]}` };
}

/** The real app around a test database, with the test tokens configured. */
export function createTestApp(db: Database, env: NodeJS.ProcessEnv = {}): App {
  return createApp({ db, config: readConfig({ NODE_ENV: 'test', ACTORGRAPH_TOKENS: TOKENS_ENV, ...env }) });
}

/**
 * The usual set-up of an API test file: a freshly wiped test database filled by `load` (the seed
 * by default) and the app around it, closed after the file. Read `testbed.db` and `testbed.app`
 * inside tests (they are set in beforeAll).
 */
export function useTestbed(load: (db: Database) => Promise<unknown> = seedDatabase, env: NodeJS.ProcessEnv = {}) {
  const testbed = {} as { db: Database; app: App };
  beforeAll(async () => {
    testbed.db = await openTestDatabase();
    await load(testbed.db);
    testbed.app = createTestApp(testbed.db, env);
  });
  afterAll(async () => {
    await testbed.db?.close();
  });
  return testbed;
}
