import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { execute } from '../support/graphql-client.ts';
import { openSeededDatabase } from '../support/test-database.ts';

let db: Database;
let app: App;

beforeAll(async () => {
  db = await openSeededDatabase();
  app = createApp({ db, config: readConfig({ NODE_ENV: 'test' }) });
});

afterAll(async () => {
  await db?.close();
});

describe('the GraphQL API on the seed', () => {
  it('lists the seeded actors', async () => {
    const result = await execute(app, '{ actors(first: 100) { totalCount nodes { id name kind } } }');
    expect(result.errors).toBeUndefined();
    const ids = result.data!['actors'].nodes.map((actor: { id: string }) => actor.id);
    expect(result.data!['actors'].totalCount).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['united-states', 'pakistan', 'iran', 'irgc', 'qassem-soleimani', 'baloch-militants']),
    );
  });

  it('serves a relation with its evidence, quote, attribution and source', async () => {
    const result = await execute(
      app,
      `query ($id: ID!) { relation(id: $id) {
         id type polarity from { id } to { id }
         evidence { quote attribution source { title publisher } }
       } }`,
      { id: 'us-kills-soleimani' },
    );
    expect(result.errors).toBeUndefined();
    const relation = result.data!['relation'];
    expect(relation).toMatchObject({
      type: 'KILL',
      polarity: 'HOSTILE',
      from: { id: 'united-states' },
      to: { id: 'qassem-soleimani' },
    });
    expect(relation.evidence.length).toBeGreaterThan(0);
    for (const evidence of relation.evidence) {
      expect(evidence.quote.length).toBeGreaterThan(0);
      expect(evidence.attribution.length).toBeGreaterThan(0);
      expect(evidence.source.publisher.length).toBeGreaterThan(0);
    }
  });

  it('finds an actor by an alias spelled differently from its name', async () => {
    const result = await execute(app, '{ actors(search: "Suleimani") { nodes { id } } }');
    expect(result.data!['actors'].nodes[0]).toEqual({ id: 'qassem-soleimani' });
  });

  it('answers null for an unknown actor rather than failing', async () => {
    const result = await execute(app, '{ actor(id: "no-such-actor") { id } }');
    expect(result).toEqual({ data: { actor: null } });
  });
});
