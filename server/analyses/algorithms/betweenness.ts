import type { IndexedGraph } from './indexed-graph.ts';

/**
 * Betweenness centrality (Brandes, unweighted) of an undirected graph, unnormalised as GDS
 * reports it: for each unordered pair of other nodes, the share of their shortest paths that pass
 * through the node (Brandes counts each pair from both ends, so the sum is halved). Exact when
 * every node is a source; with `sources` (node indices) it sums their dependencies only, which
 * the caller scales into an estimate.
 */
export async function computeBetweenness(
  graph: IndexedGraph,
  tick: () => Promise<void> = async () => {},
  sources?: readonly number[],
): Promise<Map<string, number>> {
  const n = graph.ids.length;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const queue = new Int32Array(n);
  for (const s of sources ?? graph.ids.keys()) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      order[visited++] = v;
      for (const w of graph.out[v]!) {
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          queue[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    // Dependencies flow back from the farthest nodes to the neighbours one hop nearer.
    for (let i = visited - 1; i > 0; i--) {
      const w = order[i]!;
      for (const v of graph.out[w]!) {
        if (distance[v] === distance[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      centrality[w]! += delta[w]!;
    }
    await tick();
  }
  return new Map(graph.ids.map((id, i) => [id, centrality[i]! / 2]));
}
