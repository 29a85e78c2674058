import type { IndexedGraph } from './indexed-graph.ts';

export interface PageRankOptions {
  readonly dampingFactor: number;
  readonly maxIterations: number;
  readonly tolerance: number;
}

/** The settings both engines use (GDS's defaults). */
export const PAGE_RANK_OPTIONS: PageRankOptions = { dampingFactor: 0.85, maxIterations: 20, tolerance: 1e-7 };

/**
 * PageRank as Neo4j GDS computes it, so both engines give the same numbers: unnormalised (every
 * node starts at 1 - d and gains d x the rank flowing in; a node nobody points to keeps 1 - d),
 * computed by pushing rank changes along out-edges. Superstep 0 sends each node's initial rank;
 * each later superstep adds d x the incoming changes, and a node whose change is at most the
 * tolerance stops sending. After k supersteps this equals k - 1 steps of the power iteration
 * PR(v) = (1 - d) + d * sum over u -> v of PR(u) / outdegree(u). Rank that reaches a node with
 * no out-edges stays there (it is not spread over the graph).
 */
export async function computePageRank(
  graph: IndexedGraph,
  options: PageRankOptions = PAGE_RANK_OPTIONS,
  tick: () => Promise<void> = async () => {},
): Promise<Map<string, number>> {
  const n = graph.ids.length;
  const alpha = 1 - options.dampingFactor;
  const rank = new Float64Array(n).fill(alpha);
  let sending = new Float64Array(n).fill(alpha);
  let active = new Uint8Array(n).fill(1);
  for (let superstep = 1; superstep < options.maxIterations; superstep++) {
    const incoming = new Float64Array(n);
    const received = new Uint8Array(n);
    let messages = 0;
    for (let u = 0; u < n; u++) {
      const targets = graph.out[u]!;
      if (!active[u] || targets.length === 0) continue;
      const share = sending[u]! / targets.length;
      for (const v of targets) {
        incoming[v]! += share;
        received[v] = 1;
        messages++;
      }
    }
    if (messages === 0) break;
    const nextSending = new Float64Array(n);
    const nextActive = new Uint8Array(n);
    for (let v = 0; v < n; v++) {
      if (!received[v]) continue;
      const delta = options.dampingFactor * incoming[v]!;
      rank[v]! += delta;
      if (delta > options.tolerance) {
        nextSending[v] = delta;
        nextActive[v] = 1;
      }
    }
    sending = nextSending;
    active = nextActive;
    await tick();
  }
  return new Map(graph.ids.map((id, i) => [id, rank[i]!]));
}
