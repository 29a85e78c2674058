import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { TOKENS, TOKENS_ENV } from '../support/api-app.ts';
import { startTestServer } from '../support/app-server.ts';
import { openSeededDatabase } from '../support/test-database.ts';
import { runLoad } from '../load/run-load.ts';

// The short variant of the soak (`npm run soak` runs it for minutes): mixed reads and writes at a
// fixed rate, every answer read, no error of any kind, and no transaction left open afterwards.
// Latency is printed for the record, never asserted: speed is the benchmarks' business.

const openTransactions = cypherQuery('test/open-transactions');

let db: Database;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  db = await openSeededDatabase();
  server = await startTestServer(db, { ACTORGRAPH_TOKENS: TOKENS_ENV });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('a mixed load at a fixed rate', () => {
  it('is served without an HTTP or GraphQL error and leaves no transaction open', { timeout: 120_000 }, async () => {
    const report = await runLoad({
      url: server.url,
      seconds: 15,
      rate: 30,
      editorToken: TOKENS.editor,
      actorId: 'pakistan',
    });
    console.log(
      `load: ${report.requests} requests in 15 s, p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, ` +
        `max ${report.latencyMs.max} ms`,
    );
    expect(report.requests).toBeGreaterThan(100);
    expect(report.firstErrors).toEqual([]);
    expect({ http: report.httpErrors, connection: report.connectionErrors, graphql: report.graphqlErrors }).toEqual({
      http: 0,
      connection: 0,
      graphql: 0,
    });
    // Requests the load left in flight when it stopped finish within moments; none stays open.
    await expect.poll(() => db.read(openTransactions), { timeout: 10_000 }).toEqual([{ open: 0 }]);
  });
});
