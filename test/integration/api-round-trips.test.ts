import { describe, expect, it } from 'vitest';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

// The number of database round trips of a query must follow its depth, never the size of its
// result: every nested level is one batched query, whether it holds 2 items or 200.

const ACTORS = 40;
const TYPES = ['AID', 'ACCUSE', 'CONSULT', 'SANCTION'];

/** A ring of invented actors, each related to its next three, every relation with two pieces of evidence. */
function generatedGraph() {
  const actor = (i: number) => `gen-actor-${String(i % ACTORS).padStart(2, '0')}`;
  const sources = [0, 1, 2, 3, 4].map((k) => ({
    id: `gen-source-${k}`,
    title: `Generated source ${k}`,
    publisher: `Publisher ${k}`,
    published: `201${k}`,
    cites: k < 4 ? [`gen-source-${k + 1}`] : [],
  }));
  const relations = [];
  for (let i = 0; i < ACTORS; i++) {
    for (const step of [1, 2, 3]) {
      const id = `gen-rel-${i}-${step}`;
      relations.push({
        id,
        type: TYPES[(i + step) % TYPES.length],
        from: actor(i),
        to: actor(i + step),
        when: { date: `20${10 + (i % 10)}-0${step}` },
        evidence: [0, 1].map((n) => ({
          source: `gen-source-${(i + n) % 5}`,
          quote: `generated quote ${n} for ${id}`,
          attribution: 'generated',
          attributedTo: actor(i + step + 1),
          status: 'REPORTED',
          confidence: 0.5,
        })),
        links: step > 1 ? [{ kind: 'CAUSED', relation: `gen-rel-${i}-${step - 1}` }] : [],
      });
    }
  }
  return {
    format: 'actorgraph/v1',
    sources,
    actors: Array.from({ length: ACTORS }, (_, i) => ({
      id: actor(i),
      name: `Generated Actor ${i}`,
      kind: 'STATE',
      aliases: [`GA${i}`],
    })),
    relations,
  };
}

const testbed = useTestbed((db) => ingestDocument(db, parseKnowledgeDocument(generatedGraph(), 'generated graph')));

/** Runs a query and returns how many queries it sent to Neo4j and how many items it returned. */
async function roundTrips(query: string, variables: Record<string, unknown>, countItems: (data: any) => number) {
  const before = testbed.db.queryCount;
  const result = await execute(testbed.app, query, variables);
  const trips = testbed.db.queryCount - before;
  expect(result.errors).toBeUndefined();
  return { trips, items: countItems(result.data) };
}

const NESTED = `query ($first: Int) {
  actors(first: $first) { nodes { id name
    relations(first: 10) { totalCount nodes { id type
      from { id name } to { id aliases }
      evidence { quote attributedTo { id } source { id title cites { id publisher } } }
      linkedRelations { kind relation { id } }
    } }
  } }
}`;

const countEvidence = (data: any) =>
  data.actors.nodes.flatMap((actor: any) => actor.relations.nodes.flatMap((relation: any) => relation.evidence)).length;

describe('database round trips of a nested query', () => {
  it('are the same for 2 actors and for 20 (actors → relations → from/to → evidence → source)', async () => {
    const small = await roundTrips(NESTED, { first: 2 }, countEvidence);
    const large = await roundTrips(NESTED, { first: 20 }, countEvidence);
    // 2 actors × 6 relations × 2 evidence, against 20 × 6 × 2: the result grew tenfold.
    expect(small.items).toBe(24);
    expect(large.items).toBe(240);
    expect(large.trips).toBe(small.trips);
    // actors, their relations, the other ends, evidence, attributed actors with sources, cited sources, links.
    expect(small.trips).toBeLessThanOrEqual(8);
  });

  it('are the same for a short and a long page of relations', async () => {
    const query = `query ($first: Int) { relations(first: $first) { nodes { id from { id } to { id }
      evidence { source { id } attributedTo { id relations(first: 3) { nodes { id } } } } } } }`;
    const count = (data: any) => data.relations.nodes.length;
    const small = await roundTrips(query, { first: 3 }, count);
    const large = await roundTrips(query, { first: 60 }, count);
    expect([small.items, large.items]).toEqual([3, 60]);
    expect(large.trips).toBe(small.trips);
  });

  it('do not grow with the size of a neighbourhood or a timeline', async () => {
    const query = `query ($depth: Int) { neighborhood(actorId: "gen-actor-00", depth: $depth) {
      actors { id degree } relations { id from { id } evidence { source { id } } } } }`;
    // The whole breadth-first walk is one query, so depth 2 costs the round trips of depth 1.
    const one = await roundTrips(query, { depth: 1 }, (data) => data.neighborhood.relations.length);
    const two = await roundTrips(query, { depth: 2 }, (data) => data.neighborhood.relations.length);
    expect(two.items).toBeGreaterThan(one.items * 2);
    expect(two.trips).toBe(one.trips);

    const timeline = `query ($id: ID) { timeline(actorId: $id) { relation { id evidence { source { id } } } } }`;
    const mine = await roundTrips(timeline, { id: 'gen-actor-00' }, (data) => data.timeline.length);
    const all = await roundTrips(timeline, { id: null }, (data) => data.timeline.length);
    expect(all.items).toBeGreaterThan(mine.items * 10);
    // The one-actor timeline first checks that the actor exists.
    expect(all.trips).toBe(mine.trips - 1);
  });

  it('are the same for one shortest path and many', async () => {
    const query = `query ($to: ID!) { shortestPaths(fromId: "gen-actor-00", toId: $to) {
      hops { from { id } to { id } direction relation { id evidence { source { id } } } } } }`;
    const near = await roundTrips(query, { to: 'gen-actor-06' }, (data) => data.shortestPaths.length);
    const far = await roundTrips(query, { to: 'gen-actor-08' }, (data) => data.shortestPaths.length);
    expect(near.items).toBe(1);
    // 0 → 6 only through 3; 0 → 8 in three hops of 3, 3 and 2, in any order.
    expect(far.items).toBe(3);
    expect(far.trips).toBe(near.trips);
  });
});
