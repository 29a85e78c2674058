import { toCypherInt } from '../db/convert.ts';
import type { Database, Transaction } from '../db/database.ts';
import { defineAnalysis } from './analysis.ts';
import { analysisQuery } from './analysis-query.ts';
import { computeBetweenness } from './algorithms/betweenness.ts';
import { indexGraph, type Edge, type IndexedGraph } from './algorithms/indexed-graph.ts';
import { computePageRank, PAGE_RANK_OPTIONS } from './algorithms/page-rank.ts';
import { createTicker, readWithin, type Budget } from './budget.ts';
import { formatTable } from './format-table.ts';
import { chooseEngine, newGraphName, withProjectedGraphs } from './gds.ts';
import { FILTER_PARAMS, type FilterParams } from './params.ts';

const pairsQuery = analysisQuery('influence');
const projectInfluence = analysisQuery('gds/project-influence');
const pageRankQuery = analysisQuery('gds/page-rank');
const betweennessQuery = analysisQuery('gds/betweenness');

/**
 * Exact betweenness costs a shortest-path search from every actor: fine for thousands of actors,
 * minutes for tens of thousands. Above this many actors it is estimated (sampledBetweenness).
 */
export const EXACT_BETWEENNESS_LIMIT = 2_000;
export const BETWEENNESS_SAMPLE = 500;

export interface InfluenceActor {
  id: string;
  degree: number;
  inDegree: number;
  outDegree: number;
  byPolarity: { cooperative: number; hostile: number; neutral: number };
  pagerank: number;
  betweenness: number;
}

export interface InfluenceResult {
  actors: InfluenceActor[];
  engine: 'GDS' | 'BUILTIN';
  /** Source actors betweenness was computed from: all of them (exact) or a sample (an estimate). */
  betweennessSources: number;
  /** Actors with at least one relation in the filter (the list may be cut at the limit). */
  actorCount: number;
}

interface DirectedPair extends Edge {
  cooperative: number;
  hostile: number;
  neutral: number;
}

interface Scores {
  pagerank: Map<string, number>;
  betweenness: Map<string, number>;
  betweennessSources: number;
}

/**
 * Influence and brokerage. Degree: relations either side, by direction and polarity. PageRank
 * (directed: who is acted on, by whom): actors that important actors act on rank high.
 * Betweenness (undirected): actors on many shortest paths between others are brokers.
 */
export const influence = defineAnalysis<InfluenceResult>({
  name: 'influence',
  question: 'Who is central (degree, PageRank) and who brokers between others (betweenness)?',
  reads: [...FILTER_PARAMS, 'engine'],

  async run(db, params, budget) {
    const engine = await chooseEngine(db, params.engine);
    const pairs = await readWithin(db, budget, (tx) => readPairs(tx, params.filter));
    const scores =
      pairs.length === 0
        ? { pagerank: new Map(), betweenness: new Map(), betweennessSources: 0 }
        : engine === 'GDS'
          ? await scoreWithGds(db, pairs, budget)
          : await scoreBuiltin(pairs, budget);
    const actors = [...countDegrees(pairs).values()].map((actor): InfluenceActor => ({
      ...actor,
      pagerank: roundScore(scores.pagerank.get(actor.id) ?? 1 - PAGE_RANK_OPTIONS.dampingFactor),
      betweenness: roundScore(scores.betweenness.get(actor.id) ?? 0),
    }));
    actors.sort((x, y) => y.pagerank - x.pagerank || y.degree - x.degree || x.id.localeCompare(y.id));
    return {
      actors: actors.slice(0, params.limit),
      engine,
      betweennessSources: scores.betweennessSources,
      actorCount: actors.length,
    };
  },

  toTable(result) {
    return (
      formatTable(
        ['actor', 'degree', 'in', 'out', 'coop', 'hostile', 'neutral', 'pagerank', 'betweenness'],
        result.actors.map((a) => [
          a.id,
          a.degree,
          a.inDegree,
          a.outDegree,
          a.byPolarity.cooperative,
          a.byPolarity.hostile,
          a.byPolarity.neutral,
          a.pagerank,
          a.betweenness,
        ]),
      ) +
      `\n(engine: ${result.engine}; betweenness ${result.betweennessSources < result.actorCount ? `estimated from ${result.betweennessSources} of ${result.actorCount} actors` : 'exact'})`
    );
  },

  toOverlay(result, nameOf) {
    const top = result.actors[0];
    const broker = [...result.actors].sort((x, y) => y.betweenness - x.betweenness)[0];
    return {
      actors: result.actors.map((a) => ({
        actorId: a.id,
        value: a.pagerank,
        group: null,
        label: `PageRank ${a.pagerank.toFixed(2)}, betweenness ${a.betweenness.toFixed(1)}`,
      })),
      relationIds: [],
      summary: top
        ? `Actors sized by PageRank; highest ${nameOf(top.id)} (${top.pagerank.toFixed(2)}), chief broker ${nameOf(broker!.id)} (betweenness ${broker!.betweenness.toFixed(1)}).`
        : 'No relation passes the filter.',
    };
  },
});

async function readPairs(tx: Transaction, filter: FilterParams): Promise<DirectedPair[]> {
  const rows = await tx.run(pairsQuery, { ...filter });
  return rows.map((row) => ({
    a: String(row['a']),
    b: String(row['b']),
    cooperative: Number(row['cooperative']),
    hostile: Number(row['hostile']),
    neutral: Number(row['neutral']),
  }));
}

/** Each actor's relations, summed over the pairs it is in: out when it acts, in when acted on. */
function countDegrees(pairs: readonly DirectedPair[]): Map<string, Omit<InfluenceActor, 'pagerank' | 'betweenness'>> {
  const actors = new Map<string, Omit<InfluenceActor, 'pagerank' | 'betweenness'>>();
  const actor = (id: string) => {
    let found = actors.get(id);
    if (!found)
      actors.set(
        id,
        (found = { id, degree: 0, inDegree: 0, outDegree: 0, byPolarity: { cooperative: 0, hostile: 0, neutral: 0 } }),
      );
    return found;
  };
  for (const pair of pairs) {
    const relations = pair.cooperative + pair.hostile + pair.neutral;
    for (const [id, side] of [
      [pair.a, 'outDegree'],
      [pair.b, 'inDegree'],
    ] as const) {
      const counts = actor(id);
      counts[side] += relations;
      counts.degree += relations;
      counts.byPolarity.cooperative += pair.cooperative;
      counts.byPolarity.hostile += pair.hostile;
      counts.byPolarity.neutral += pair.neutral;
    }
  }
  return actors;
}

/** Each pair of actors once, for the undirected graph betweenness runs on. */
function undirected(edges: readonly Edge[]): Edge[] {
  const seen = new Map<string, Edge>();
  for (const { a, b } of edges) {
    const [first, second] = a < b ? [a, b] : [b, a];
    seen.set(`${first}\u0000${second}`, { a: first, b: second });
  }
  return [...seen.values()];
}

async function scoreWithGds(db: Database, pairs: readonly DirectedPair[], budget: Budget): Promise<Scores> {
  const graphName = newGraphName('influence');
  const ties = undirected(pairs);
  const actorCount = new Set(ties.flatMap(({ a, b }) => [a, b])).size;
  const exact = actorCount <= EXACT_BETWEENNESS_LIMIT;
  // The undirected TIES are only projected when GDS computes betweenness (exactly); see sampledBetweenness.
  const edges = [
    ...pairs.map(({ a, b }) => ({ a, b, type: 'ACTS_ON' })),
    ...(exact ? ties.map(({ a, b }) => ({ a, b, type: 'TIES' })) : []),
  ];
  const fromGds = await withProjectedGraphs(db, budget, [graphName], async (tx) => {
    await tx.run(projectInfluence, { graphName, edges, undirectedTypes: exact ? ['TIES'] : [] });
    const pagerank = await tx.run(pageRankQuery, {
      graphName,
      dampingFactor: PAGE_RANK_OPTIONS.dampingFactor,
      maxIterations: toCypherInt(PAGE_RANK_OPTIONS.maxIterations),
      tolerance: PAGE_RANK_OPTIONS.tolerance,
    });
    const betweenness = exact ? await tx.run(betweennessQuery, { graphName }) : [];
    return { pagerank: toScoreMap(pagerank), betweenness: toScoreMap(betweenness) };
  });
  if (exact) return { ...fromGds, betweennessSources: actorCount };
  return { pagerank: fromGds.pagerank, ...(await sampledBetweenness(indexGraph(ties, false), createTicker(budget))) };
}

async function scoreBuiltin(pairs: readonly DirectedPair[], budget: Budget): Promise<Scores> {
  const tick = createTicker(budget);
  const pagerank = await computePageRank(indexGraph(pairs, true), PAGE_RANK_OPTIONS, tick);
  const graph = indexGraph(pairs, false);
  if (graph.ids.length <= EXACT_BETWEENNESS_LIMIT) {
    return { pagerank, betweenness: await computeBetweenness(graph, tick), betweennessSources: graph.ids.length };
  }
  return { pagerank, ...(await sampledBetweenness(graph, tick)) };
}

/**
 * Betweenness estimated from BETWEENNESS_SAMPLE source actors drawn uniformly (seeded, so every
 * run agrees) and scaled by n / sample: an unbiased estimate (Brandes and Pich 2007). Done by the
 * built-in Brandes whichever the engine, because GDS's own sampling favours well-connected
 * actors (which inflates the scaled estimate) and differs from run to run.
 */
async function sampledBetweenness(graph: IndexedGraph, tick: () => Promise<void>) {
  const n = graph.ids.length;
  const partial = await computeBetweenness(graph, tick, sampleIndices(n, BETWEENNESS_SAMPLE));
  const betweenness = new Map([...partial].map(([id, score]) => [id, (score * n) / BETWEENNESS_SAMPLE]));
  return { betweenness, betweennessSources: BETWEENNESS_SAMPLE };
}

/** `count` distinct indices below `n`, the same ones every run (a seeded partial shuffle). */
function sampleIndices(n: number, count: number): number[] {
  const indices = [...Array(n).keys()];
  let state = 42;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = i + (state % (n - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, count);
}

function toScoreMap(rows: readonly Record<string, unknown>[]): Map<string, number> {
  return new Map(rows.map((row) => [String(row['id']), Number(row['score'])]));
}

/**
 * GDS sums in parallel, so the last bits of a score vary from run to run; ten decimals keep
 * every real difference and make repeated runs (and both engines) print the same numbers.
 */
export function roundScore(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}
