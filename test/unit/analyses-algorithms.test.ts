import { describe, expect, it } from 'vitest';
import { computeBetweenness } from '../../server/analyses/algorithms/betweenness.ts';
import { indexGraph, type Edge } from '../../server/analyses/algorithms/indexed-graph.ts';
import { computeLouvain, computeModularity } from '../../server/analyses/algorithms/louvain.ts';
import { computePageRank } from '../../server/analyses/algorithms/page-rank.ts';

const edges = (text: string): Edge[] =>
  text.split(' ').map((pair) => {
    const [a, b] = pair.split('>');
    return { a: a!, b: b! };
  });

const round = (scores: Map<string, number>, digits = 6) =>
  Object.fromEntries([...scores].map(([id, score]) => [id, Number(score.toFixed(digits))]));

describe('the built-in PageRank', () => {
  it('gives the hand-computed values on a four-node acyclic graph (damping 0.85)', async () => {
    // a>b a>c b>c c>d. Nobody points to a: 0.15. b = 0.15 + 0.85 * a/2 = 0.21375.
    // c = 0.15 + 0.85 * (a/2 + b/1) = 0.15 + 0.85 * 0.28875 = 0.3954375.
    // d = 0.15 + 0.85 * c = 0.486121875. Exact after 3 iterations (the longest path).
    const scores = await computePageRank(indexGraph(edges('a>b a>c b>c c>d'), true));
    expect(round(scores)).toEqual({ a: 0.15, b: 0.21375, c: 0.395438, d: 0.486122 });
  });

  it('stops after 20 supersteps on a cycle: each node holds 0.15 * (1 + 0.85 + ... + 0.85^19)', async () => {
    // On a directed 3-cycle every node has the same rank; superstep 0 sets 0.15 and each of the
    // 19 later ones adds the next term of the geometric series: 1 - 0.85^20 = 0.961240...
    const scores = await computePageRank(indexGraph(edges('x>y y>z z>x'), true));
    const expected = 1 - 0.85 ** 20;
    for (const score of scores.values()) expect(score).toBeCloseTo(expected, 9);
  });
});

describe('the built-in betweenness', () => {
  it('counts each pair once on an undirected path a-b-c-d', async () => {
    // b lies on the only shortest paths a-c and a-d; c on a-d and b-d.
    expect(round(await computeBetweenness(indexGraph(edges('a>b b>c c>d'), false)))).toEqual({
      a: 0,
      b: 2,
      c: 2,
      d: 0,
    });
  });

  it('splits a pair with two shortest paths between their middles (a square)', async () => {
    // p-q-r-s-p: p and r are joined through q or through s, so each gets 1/2; likewise q and s.
    expect(round(await computeBetweenness(indexGraph(edges('p>q q>r r>s s>p'), false)))).toEqual({
      p: 0.5,
      q: 0.5,
      r: 0.5,
      s: 0.5,
    });
  });

  it('sums only the dependencies of the given sources when sampling', async () => {
    // From a alone on a-b-c: the path a-c runs through b, counted from one end only: 1/2.
    const graph = indexGraph(edges('a>b b>c'), false);
    expect(round(await computeBetweenness(graph, undefined, [0]))).toEqual({ a: 0, b: 0.5, c: 0 });
    expect(round(await computeBetweenness(graph, undefined, [0, 1, 2]))).toEqual(
      round(await computeBetweenness(graph)),
    );
  });

  it('gives the hub of a star every pair of leaves', async () => {
    // Four leaves: C(4, 2) = 6 pairs, all through the hub.
    expect(round(await computeBetweenness(indexGraph(edges('h>a h>b h>c h>d'), false)))).toEqual({
      a: 0,
      b: 0,
      c: 0,
      d: 0,
      h: 6,
    });
  });
});

describe('the built-in Louvain', () => {
  it('separates two triangles joined by one edge, with modularity 5/14', async () => {
    // m = 7 edges; each community has 3 inner edges and degree sum 7:
    // Q = 2 * (3/7 - (7/14)^2) = 5/14 = 0.357142...
    const graph = indexGraph(edges('n1>n2 n2>n3 n1>n3 s1>s2 s2>s3 s1>s3 n3>s3'), false);
    const community = await computeLouvain(graph);
    const byId = Object.fromEntries(graph.ids.map((id, i) => [id, community[i]]));
    expect(byId['n1']).toBe(byId['n2']);
    expect(byId['n1']).toBe(byId['n3']);
    expect(byId['s1']).toBe(byId['s2']);
    expect(byId['s1']).toBe(byId['s3']);
    expect(byId['n1']).not.toBe(byId['s1']);
    expect(computeModularity(graph, community)).toBeCloseTo(5 / 14, 9);
  });

  it('puts everything in one community when the graph is one clique', async () => {
    const graph = indexGraph(edges('a>b a>c a>d b>c b>d c>d'), false);
    expect(new Set(await computeLouvain(graph)).size).toBe(1);
  });

  it('has no modularity without edges', () => {
    expect(computeModularity(indexGraph([], false), [])).toBeNull();
  });
});
