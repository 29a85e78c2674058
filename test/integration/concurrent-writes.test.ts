import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { seedDatabase } from '../../server/ingest/seed.ts';
import { bearer, createTestApp } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';
import { openTestDatabase } from '../support/test-database.ts';

// Several writers at once, as a team of analysts and a scheduled ingest produce them: the same
// files loaded concurrently give exactly the graph one load gives (nothing duplicated, nothing
// lost), and concurrent edits of one actor's different fields all land.

const graphSnapshot = cypherQuery('test/graph-snapshot');
const wipe = cypherQuery('test/wipe-database');

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('concurrent writers', () => {
  it('loading the seed four times at once gives the graph one load gives', { timeout: 180_000 }, async () => {
    await seedDatabase(db);
    const once = await db.read(graphSnapshot);

    await db.writeTransaction((tx) => tx.run(wipe));
    const loads = await Promise.allSettled([1, 2, 3, 4].map(() => seedDatabase(db)));
    const failures = loads.filter((load) => load.status === 'rejected').map((load) => String(load.reason));
    // A writer that lost a race may be told to try again (CONFLICT); none may fail otherwise.
    for (const failure of failures) expect(failure).toMatch(/CONFLICT|try again|deadlock/i);
    expect(failures.length).toBeLessThan(4);
    expect(await db.read(graphSnapshot)).toEqual(once);
  });

  it('concurrent edits of different fields of one actor all land', { timeout: 60_000 }, async () => {
    const app = createTestApp(db);
    const update = (input: Record<string, unknown>) =>
      execute(
        app,
        'mutation ($input: UpdateActorInput!) { updateActor(id: "pakistan", input: $input) { id } }',
        { input },
        bearer('editor'),
      );
    const answers = await Promise.all([
      update({ description: 'Edited concurrently: description' }),
      update({ wikidata: 'Q843' }),
      update({ country: 'PK' }),
    ]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const read = await execute(app, '{ actor(id: "pakistan") { description wikidata country } }');
    expect(read.data).toEqual({
      actor: { description: 'Edited concurrently: description', wikidata: 'Q843', country: 'PK' },
    });
  });
});
