import type { Edge } from './indexed-graph.ts';

/**
 * Every triangle of an undirected graph, each once, as three ids in sorted order. Edges point
 * from the lower-ranked end to the higher (rank: degree, then id), so each triangle is found once
 * from its lowest-ranked corner and a hub never scans all pairs of its neighbours: O(m^1.5).
 */
export async function findTriangles(
  edges: readonly Edge[],
  tick: () => Promise<void> = async () => {},
): Promise<[string, string, string][]> {
  const neighbours = new Map<string, Set<string>>();
  for (const { a, b } of edges) {
    if (a === b) continue;
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  const ranked = [...neighbours.keys()].sort(
    (x, y) => neighbours.get(x)!.size - neighbours.get(y)!.size || (x < y ? -1 : 1),
  );
  const rank = new Map(ranked.map((id, i) => [id, i]));
  const higher = new Map(
    ranked.map((id) => [id, [...neighbours.get(id)!].filter((other) => rank.get(other)! > rank.get(id)!)]),
  );
  const triangles: [string, string, string][] = [];
  for (const u of ranked) {
    const up = higher.get(u)!;
    for (let i = 0; i < up.length; i++) {
      const closing = neighbours.get(up[i]!)!;
      for (let j = i + 1; j < up.length; j++) {
        if (closing.has(up[j]!)) triangles.push([u, up[i]!, up[j]!].sort() as [string, string, string]);
      }
    }
    await tick();
  }
  return triangles;
}
