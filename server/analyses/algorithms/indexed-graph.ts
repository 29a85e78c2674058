/**
 * A graph of actor ids as arrays of neighbour indices: what the built-in algorithms walk.
 * Node order is the sorted id order, so every run over the same edges visits nodes alike.
 */
export interface IndexedGraph {
  readonly ids: readonly string[];
  /** out[i]: the nodes i points to (for an undirected graph, all its neighbours). */
  readonly out: readonly number[][];
}

export interface Edge {
  readonly a: string;
  readonly b: string;
}

/** Builds the graph; undirected graphs list each neighbour on both sides, once. */
export function indexGraph(edges: readonly Edge[], directed: boolean): IndexedGraph {
  const ids = [...new Set(edges.flatMap((edge) => [edge.a, edge.b]))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const out: Set<number>[] = ids.map(() => new Set<number>());
  for (const edge of edges) {
    const a = index.get(edge.a)!;
    const b = index.get(edge.b)!;
    if (a === b) continue;
    out[a]!.add(b);
    if (!directed) out[b]!.add(a);
  }
  return { ids, out: out.map((set) => [...set].sort((x, y) => x - y)) };
}
