import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { openSeededDatabase } from '../support/test-database.ts';

// Every query the app runs as a read (API queries, analyses) is proven to be one by its EXPLAIN
// plan before it first runs: a write that slipped into one is refused and writes nothing.

const disguisedWrite = cypherQuery('test/write-disguised-as-read');
const graphSnapshot = cypherQuery('test/graph-snapshot');

let db: Database;
beforeAll(async () => {
  db = await openSeededDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('a query run as a read', () => {
  it('is refused before it runs when its plan writes, and the graph is unchanged', async () => {
    const before = await db.read(graphSnapshot);
    // Refused by the plan, before Neo4j's read session would refuse the write itself.
    const byThePlan = { code: 'WRITE_REFUSED', message: expect.stringContaining('EXPLAIN query type "rw"') };
    await expect(db.read(disguisedWrite)).rejects.toMatchObject(byThePlan);
    await expect(db.readTransaction((tx) => tx.run(disguisedWrite))).rejects.toMatchObject(byThePlan);
    expect(await db.read(graphSnapshot)).toEqual(before);
  });
});
