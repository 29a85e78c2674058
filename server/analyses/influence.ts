import { toCypherInt } from '../db/convert.ts';
import type { Database, Transaction } from '../db/database.ts';
import { defineAnalysis } from './analysis.ts';
import { analysisQuery } from './analysis-query.ts';
import { computeBetweenness } from './algorithms/betweenness.ts';
import { indexGraph, type Edge } from './algorithms/indexed-graph.ts';
import { computePageRank, PAGE_RANK_OPTIONS } from './algorithms/page-rank.ts';
import { createTicker, readWithin, type Budget } from './budget.ts';
import { formatTable } from './format-table.ts';
import { chooseEngine, newGraphName, withProjectedGraphs } from './gds.ts';
import { FILTER_PARAMS, type FilterParams } from './params.ts';

const degreesQuery = analysisQuery('influence');
const edgesQuery = analysisQuery('influence/edges');
const projectDirected = analysisQuery('gds/project-directed');
const projectUndirected = analysisQuery('gds/project-undirected');
const pageRankQuery = analysisQuery('gds/page-rank');
const betweennessQuery = analysisQuery('gds/betweenness');

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
}

interface Scores {
  degrees: Record<string, unknown>[];
  pagerank: Map<string, number>;
  betweenness: Map<string, number>;
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
    const scores = engine === 'GDS' ? await scoreWithGds(db, params.filter, budget) : await scoreBuiltin(db, params.filter, budget);
    const actors = scores.degrees.map((row): InfluenceActor => {
      const id = String(row['id']);
      return {
        id,
        degree: Number(row['degree']),
        inDegree: Number(row['inDegree']),
        outDegree: Number(row['outDegree']),
        byPolarity: { cooperative: Number(row['cooperative']), hostile: Number(row['hostile']), neutral: Number(row['neutral']) },
        pagerank: roundScore(scores.pagerank.get(id) ?? 1 - PAGE_RANK_OPTIONS.dampingFactor),
        betweenness: roundScore(scores.betweenness.get(id) ?? 0),
      };
    });
    actors.sort((x, y) => y.pagerank - x.pagerank || y.degree - x.degree || x.id.localeCompare(y.id));
    return { actors: actors.slice(0, params.limit), engine };
  },

  toTable(result) {
    return formatTable(
      ['actor', 'degree', 'in', 'out', 'coop', 'hostile', 'neutral', 'pagerank', 'betweenness'],
      result.actors.map((a) => [a.id, a.degree, a.inDegree, a.outDegree, a.byPolarity.cooperative, a.byPolarity.hostile, a.byPolarity.neutral, a.pagerank, a.betweenness]),
    ) + `\n(engine: ${result.engine})`;
  },

  toOverlay(result) {
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
        ? `Actors sized by PageRank; highest ${top.id} (${top.pagerank.toFixed(2)}), chief broker ${broker!.id} (betweenness ${broker!.betweenness.toFixed(1)}).`
        : 'No relation passes the filter.',
    };
  },
});

async function readGraph(tx: Transaction, filter: FilterParams) {
  const degrees = await tx.run(degreesQuery, { ...filter });
  const edges = (await tx.run(edgesQuery, { ...filter })).map((row) => ({ a: String(row['a']), b: String(row['b']) }));
  return { degrees, edges };
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

async function scoreWithGds(db: Database, filter: FilterParams, budget: Budget): Promise<Scores> {
  const directedGraph = newGraphName('influence');
  const undirectedGraph = newGraphName('influence');
  return withProjectedGraphs(db, budget, [directedGraph, undirectedGraph], async (tx) => {
    const { degrees, edges } = await readGraph(tx, filter);
    if (edges.length === 0) return { degrees, pagerank: new Map(), betweenness: new Map() };
    await tx.run(projectDirected, { graphName: directedGraph, edges });
    await tx.run(projectUndirected, { graphName: undirectedGraph, edges: undirected(edges) });
    const pagerank = await tx.run(pageRankQuery, {
      graphName: directedGraph,
      dampingFactor: PAGE_RANK_OPTIONS.dampingFactor,
      maxIterations: toCypherInt(PAGE_RANK_OPTIONS.maxIterations),
      tolerance: PAGE_RANK_OPTIONS.tolerance,
    });
    const betweenness = await tx.run(betweennessQuery, { graphName: undirectedGraph });
    return { degrees, pagerank: toScoreMap(pagerank), betweenness: toScoreMap(betweenness) };
  });
}

async function scoreBuiltin(db: Database, filter: FilterParams, budget: Budget): Promise<Scores> {
  const { degrees, edges } = await readWithin(db, budget, (tx) => readGraph(tx, filter));
  const tick = createTicker(budget);
  const pagerank = await computePageRank(indexGraph(edges, true), PAGE_RANK_OPTIONS, tick);
  const betweenness = await computeBetweenness(indexGraph(edges, false), tick);
  return { degrees, pagerank, betweenness };
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
