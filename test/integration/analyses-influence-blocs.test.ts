import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import type { BlocsResult } from '../../server/analyses/blocs.ts';
import { hasGds } from '../../server/analyses/gds.ts';
import type { InfluenceActor, InfluenceResult } from '../../server/analyses/influence.ts';
import { runAnalysis } from '../../server/analyses/registry.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { loadGraph, wipe, type RelationSpec } from './analyses-fixtures.ts';

// Hand-made graphs; every expected number is worked out in the comments.

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db?.close();
});

const ENGINES = ['GDS', 'BUILTIN'] as const;

/**
 * Influence graph, two components.
 *   1. a>b (AID), a>c (AID and SUPPORT: two relations, one edge for PageRank), b>c (ATTACK), c>d (REQUEST)
 *   2. p>q, p>s, q>r, s>r (all CONSULT): undirected, a square.
 * PageRank (damping 0.85, unnormalised, exact here because both components are acyclic):
 *   a = 0.15; b = 0.15 + 0.85 * a/2 = 0.21375; c = 0.15 + 0.85 * (a/2 + b) = 0.3954375;
 *   d = 0.15 + 0.85 * c = 0.486121875.
 *   p = 0.15; q = s = 0.15 + 0.85 * p/2 = 0.21375; r = 0.15 + 0.85 * (q + s) = 0.513375.
 * Betweenness (undirected, each pair once):
 *   component 1: a-d and b-d both go through c only: c = 2, others 0.
 *   component 2: p-r through q or s (1/2 each), q-s through p or r (1/2 each): all 0.5.
 */
const INFLUENCE_GRAPH: RelationSpec[] = [
  { id: 'a-aids-b', type: 'AID', from: 'a', to: 'b' },
  { id: 'a-aids-c', type: 'AID', from: 'a', to: 'c' },
  { id: 'a-supports-c', type: 'SUPPORT', from: 'a', to: 'c' },
  { id: 'b-attacks-c', type: 'ATTACK', from: 'b', to: 'c' },
  { id: 'c-requests-d', type: 'REQUEST', from: 'c', to: 'd' },
  { id: 'p-q', type: 'CONSULT', from: 'p', to: 'q' },
  { id: 'p-s', type: 'CONSULT', from: 'p', to: 's' },
  { id: 'q-r', type: 'CONSULT', from: 'q', to: 'r' },
  { id: 's-r', type: 'CONSULT', from: 's', to: 'r' },
];

describe('influence on a hand-made graph', () => {
  beforeAll(async () => {
    await wipe(db);
    await loadGraph(db, INFLUENCE_GRAPH);
  });

  it('runs on GDS when the database has it (the embedded Neo4j ships it)', async () => {
    expect(await hasGds(db)).toBe(true);
    expect((await runAnalysis<InfluenceResult>(db, 'influence', {})).engine).toBe('GDS');
  });

  for (const engine of ENGINES) {
    it(`gives the hand-computed PageRank and betweenness with engine ${engine}`, async () => {
      const result = await runAnalysis<InfluenceResult>(db, 'influence', { engine });
      expect(result.engine).toBe(engine);
      const expected: Record<string, [number, number]> = {
        a: [0.15, 0],
        b: [0.21375, 0],
        c: [0.3954375, 2],
        d: [0.486121875, 0],
        p: [0.15, 0.5],
        q: [0.21375, 0.5],
        s: [0.21375, 0.5],
        r: [0.513375, 0.5],
      };
      expect(result.actors.map((actor) => actor.id).sort()).toEqual(Object.keys(expected).sort());
      for (const actor of result.actors) {
        expect(actor.pagerank).toBeCloseTo(expected[actor.id]![0], 9);
        expect(actor.betweenness).toBeCloseTo(expected[actor.id]![1], 9);
      }
      // Highest PageRank first, ties by degree then id.
      expect(result.actors.map((actor) => actor.id)).toEqual(['r', 'd', 'c', 'b', 'q', 's', 'a', 'p']);
    });
  }

  it('counts degree per relation, by direction and polarity', async () => {
    const result = await runAnalysis<InfluenceResult>(db, 'influence', {});
    const byId = new Map(result.actors.map((actor) => [actor.id, actor]));
    // a: a-aids-b, a-aids-c, a-supports-c, all outgoing and cooperative.
    expect(degrees(byId.get('a')!)).toEqual({
      degree: 3,
      inDegree: 0,
      outDegree: 3,
      byPolarity: { cooperative: 3, hostile: 0, neutral: 0 },
    });
    // c: two cooperative in from a, one hostile in from b, one neutral out to d (REQUEST).
    expect(degrees(byId.get('c')!)).toEqual({
      degree: 4,
      inDegree: 3,
      outDegree: 1,
      byPolarity: { cooperative: 2, hostile: 1, neutral: 1 },
    });
  });

  it('narrows the graph with the relation filter: without the ATTACK, a and c are the brokers', async () => {
    const types = ['AID', 'SUPPORT', 'REQUEST'];
    for (const engine of ENGINES) {
      const result = await runAnalysis<InfluenceResult>(db, 'influence', { types, engine });
      const byId = new Map(result.actors.map((actor) => [actor.id, actor]));
      expect(result.actors.map((actor) => actor.id).sort()).toEqual(['a', 'b', 'c', 'd']);
      // a>b, a>c, c>d: b = 0.15 + 0.85 * a/2; c = 0.15 + 0.85 * a/2 = 0.21375; d = 0.15 + 0.85 * c = 0.3316875.
      expect(byId.get('d')!.pagerank).toBeCloseTo(0.3316875, 9);
      // Undirected a-b, a-c, c-d: a brokers b-c and b-d (2), c brokers a-d and b-d (2).
      expect([byId.get('a')!.betweenness, byId.get('c')!.betweenness]).toEqual([2, 2]);
    }
  });

  it('gives the same scores on both engines for a tangled graph with cycles', async () => {
    await wipe(db);
    // A fixed pseudo-random graph: 40 actors, 160 relations, cycles and parallel relations included.
    const relations: RelationSpec[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 160; i++) {
      const from = `n${Math.floor(next() * 40)}`;
      const to = `n${Math.floor(next() * 40)}`;
      if (from !== to) relations.push({ id: `rel-${i}`, type: next() < 0.5 ? 'COOPERATE' : 'ACCUSE', from, to });
    }
    await loadGraph(db, relations);
    const [gds, builtin] = await Promise.all(
      ENGINES.map((engine) => runAnalysis<InfluenceResult>(db, 'influence', { engine })),
    );
    expect(gds!.actors.length).toBe(builtin!.actors.length);
    const builtinById = new Map(builtin!.actors.map((actor) => [actor.id, actor]));
    for (const actor of gds!.actors) {
      expect(builtinById.get(actor.id)!.pagerank).toBeCloseTo(actor.pagerank, 6);
      expect(builtinById.get(actor.id)!.betweenness).toBeCloseTo(actor.betweenness, 6);
    }
  });
});

/**
 * Blocs graph: two cooperative triangles n1-n2-n3 and s1-s2-s3 (undated COOPERATE), a cooperative
 * bridge n3-s3 (CONSULT), a hostile n1>s1 (ATTACK), an actor x that only attacks n2, and a pair
 * n2-s2 that cooperated in 2018 (AID) and is hostile since 2020 (SANCTION): its latest sign rules.
 * Now: cooperative edges are the two triangles and the bridge, m = 7; two blocs of degree sum 7
 * and 3 inner edges each: Q = 2 * (3/7 - (7/14)^2) = 5/14.
 * As of 2019: the 2020 sanction is not yet there, n2-s2 is cooperative too, m = 8, degree sums
 * 8: Q = 2 * (3/8 - (8/16)^2) = 1/4.
 */
const BLOCS_GRAPH: RelationSpec[] = [
  { id: 'n1-n2', type: 'COOPERATE', from: 'n1', to: 'n2' },
  { id: 'n2-n3', type: 'COOPERATE', from: 'n2', to: 'n3' },
  { id: 'n1-n3', type: 'COOPERATE', from: 'n3', to: 'n1' },
  { id: 's1-s2', type: 'COOPERATE', from: 's1', to: 's2' },
  { id: 's2-s3', type: 'COOPERATE', from: 's2', to: 's3' },
  { id: 's1-s3', type: 'COOPERATE', from: 's1', to: 's3' },
  { id: 'n3-consults-s3', type: 'CONSULT', from: 'n3', to: 's3' },
  { id: 'n1-attacks-s1', type: 'ATTACK', from: 'n1', to: 's1' },
  { id: 'x-attacks-n2', type: 'ATTACK', from: 'x', to: 'n2' },
  { id: 'n2-aids-s2', type: 'AID', from: 'n2', to: 's2', when: { date: '2018-05' } },
  { id: 's2-sanctions-n2', type: 'SANCTION', from: 's2', to: 'n2', when: { date: '2020-02' } },
];

describe('blocs on a hand-made graph', () => {
  beforeAll(async () => {
    await wipe(db);
    await loadGraph(db, BLOCS_GRAPH);
  });

  for (const engine of ENGINES) {
    it(`finds the two cooperative triangles as blocs with engine ${engine}`, async () => {
      const result = await runAnalysis<BlocsResult>(db, 'blocs', { engine });
      expect(result.engine).toBe(engine);
      expect(result.blocs.map((bloc) => [bloc.id, bloc.actorIds])).toEqual([
        ['bloc-1', ['n1', 'n2', 'n3']],
        ['bloc-2', ['s1', 's2', 's3']],
      ]);
      expect(result.blocs[0]!.relationIds).toEqual(['n1-n2', 'n1-n3', 'n2-n3']);
      expect(result.modularity).toBeCloseTo(5 / 14, 9);
      // Hostile pairs across blocs: n1-s1, and n2-s2 whose latest relation is the sanction.
      // x has no cooperative relation, so it is in no bloc and its attack is not "between blocs".
      expect(result.hostileRelationIds).toEqual(['n1-attacks-s1', 's2-sanctions-n2']);
      expect(result.actors.map((actor) => actor.id)).not.toContain('x');
    });
  }

  it('reads the pair signs as they stood on asOf', async () => {
    for (const engine of ENGINES) {
      const result = await runAnalysis<BlocsResult>(db, 'blocs', { engine, asOf: '2019' });
      expect(result.blocs.map((bloc) => bloc.actorIds)).toEqual([
        ['n1', 'n2', 'n3'],
        ['s1', 's2', 's3'],
      ]);
      expect(result.modularity).toBeCloseTo(1 / 4, 9);
      expect(result.hostileRelationIds).toEqual(['n1-attacks-s1']);
    }
  });
});

function degrees(actor: InfluenceActor) {
  const { degree, inDegree, outDegree, byPolarity } = actor;
  return { degree, inDegree, outDegree, byPolarity };
}
