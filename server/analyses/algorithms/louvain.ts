import type { IndexedGraph } from './indexed-graph.ts';

/**
 * Louvain community detection (Blondel et al. 2008) on an undirected, unweighted graph, for the
 * built-in engine. Nodes are visited in id order and a node moves only for a strictly better
 * modularity gain, so the same graph always gives the same partition. Returns, for each node
 * index, its community number (0..k-1, numbered by first member).
 */
export async function computeLouvain(
  graph: IndexedGraph,
  tick: () => Promise<void> = async () => {},
): Promise<number[]> {
  // Level graph: weighted adjacency (Map neighbour -> weight; a self-loop holds the weight inside).
  let adjacency: Map<number, number>[] = graph.out.map((targets) => new Map(targets.map((t) => [t, 1])));
  let membership = graph.ids.map((_, i) => i); // original node -> level node
  for (;;) {
    const communities = await moveNodes(adjacency, tick);
    const renumbered = renumber(communities);
    const levelCount = new Set(renumbered).size;
    if (levelCount === adjacency.length) break; // no node moved: the partition is final
    membership = membership.map((node) => renumbered[node]!);
    adjacency = aggregate(adjacency, renumbered, levelCount);
  }
  return renumber(membership);
}

/** Modularity of a partition of an undirected, unweighted graph (null when it has no edges). */
export function computeModularity(graph: IndexedGraph, community: readonly (number | string)[]): number | null {
  const twiceM = graph.out.reduce((sum, targets) => sum + targets.length, 0);
  if (twiceM === 0) return null;
  const inside = new Map<number | string, number>();
  const total = new Map<number | string, number>();
  graph.out.forEach((targets, i) => {
    const c = community[i]!;
    total.set(c, (total.get(c) ?? 0) + targets.length);
    for (const j of targets) if (community[j] === c) inside.set(c, (inside.get(c) ?? 0) + 1);
  });
  let q = 0;
  for (const [c, degree] of total) q += (inside.get(c) ?? 0) / twiceM - (degree / twiceM) ** 2;
  return q;
}

/** One level: move nodes to the neighbouring community with the best gain until none moves. */
async function moveNodes(adjacency: readonly Map<number, number>[], tick: () => Promise<void>): Promise<number[]> {
  const n = adjacency.length;
  const degree = adjacency.map((neighbours, i) =>
    [...neighbours].reduce((sum, [j, w]) => sum + (j === i ? 2 * w : w), 0),
  );
  const twiceM = degree.reduce((sum, k) => sum + k, 0);
  const community = adjacency.map((_, i) => i);
  const total = [...degree];
  if (twiceM === 0) return community;
  for (let moved = true; moved;) {
    moved = false;
    for (let i = 0; i < n; i++) {
      const own = community[i]!;
      const k = degree[i]!;
      const links = new Map<number, number>();
      for (const [j, w] of adjacency[i]!) if (j !== i) links.set(community[j]!, (links.get(community[j]!) ?? 0) + w);
      total[own]! -= k;
      const gain = (c: number) => (links.get(c) ?? 0) - (total[c]! * k) / twiceM;
      let best = own;
      let bestGain = gain(own);
      for (const c of [...links.keys()].sort((x, y) => x - y)) {
        const g = gain(c);
        if (g > bestGain + 1e-12) {
          best = c;
          bestGain = g;
        }
      }
      total[best]! += k;
      if (best !== own) {
        community[i] = best;
        moved = true;
      }
    }
    await tick();
  }
  return community;
}

/** Numbers communities 0..k-1 in order of their first member. */
function renumber(community: readonly number[]): number[] {
  const numbers = new Map<number, number>();
  return community.map((c) => {
    if (!numbers.has(c)) numbers.set(c, numbers.size);
    return numbers.get(c)!;
  });
}

/** The next level: one node per community, edge weights summed, inside weight as a self-loop. */
function aggregate(
  adjacency: readonly Map<number, number>[],
  community: readonly number[],
  count: number,
): Map<number, number>[] {
  const next = Array.from({ length: count }, () => new Map<number, number>());
  adjacency.forEach((neighbours, i) => {
    const ci = community[i]!;
    for (const [j, w] of neighbours) {
      const cj = community[j]!;
      // Each undirected edge is listed from both ends; a self-loop once, so it keeps its weight.
      const weight = ci === cj && i !== j ? w / 2 : w;
      next[ci]!.set(cj, (next[ci]!.get(cj) ?? 0) + weight);
    }
  });
  return next;
}
