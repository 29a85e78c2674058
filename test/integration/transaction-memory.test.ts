import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { openTestDatabase } from '../support/test-database.ts';

// One transaction may use only so much of the database's heap (NEO4J_TRANSACTION_MEMORY, 512 MB
// by default for the embedded Neo4j): a query past it is stopped with QUERY_TOO_COMPLEX, and the
// database goes on answering.

const memoryHog = cypherQuery('test/memory-hog');

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('the per-transaction memory limit', () => {
  it.skipIf(Boolean(process.env['NEO4J_URI']))(
    'stops a query that would hold more than the limit, and the database goes on answering',
    { timeout: 120_000 },
    async () => {
      expect(await db.read(memoryHog, { n: 1000 })).toEqual([{ size: 1000 }]);
      await expect(db.read(memoryHog, { n: 60_000_000 }, { timeoutMs: 90_000 })).rejects.toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
      });
      expect(await db.read(memoryHog, { n: 10 })).toEqual([{ size: 10 }]);
    },
  );
});
