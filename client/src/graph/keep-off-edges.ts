export interface Point {
  x: number;
  y: number;
}

export interface Segment {
  source: string;
  target: string;
}

/** How far a point lies from the segment a–b, and the nearest point of the segment. */
export function distanceToSegment(point: Point, a: Point, b: Point): { distance: number; nearest: Point } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared));
  const nearest = { x: a.x + t * dx, y: a.y + t * dy };
  return { distance: Math.hypot(point.x - nearest.x, point.y - nearest.y), nearest };
}

/**
 * The actors that sit on an edge between two other actors, where a reader would take the edge
 * for theirs: within `clearance` of it, not near either end.
 */
export function actorsOnOtherEdges(
  positions: ReadonlyMap<string, Point>,
  edges: readonly Segment[],
  clearance: number,
): { actor: string; edge: Segment }[] {
  const hits: { actor: string; edge: Segment }[] = [];
  for (const edge of edges) {
    const a = positions.get(edge.source);
    const b = positions.get(edge.target);
    if (!a || !b) continue;
    for (const [id, point] of positions) {
      if (id === edge.source || id === edge.target) continue;
      const { distance } = distanceToSegment(point, a, b);
      const fromEnds = Math.min(Math.hypot(point.x - a.x, point.y - a.y), Math.hypot(point.x - b.x, point.y - b.y));
      if (distance < clearance && fromEnds > clearance) hits.push({ actor: id, edge });
    }
  }
  return hits;
}

/**
 * Moves actors off the edges of other pairs: each actor lying within `clearance` of such an
 * edge is pushed straight away from it until clear, a few rounds over, since one push can land
 * an actor on another edge. Returns new positions; actors that were clear keep theirs. An actor
 * exactly on the line is pushed to a fixed side, so the result does not depend on chance.
 */
export function keepOffEdges(
  positions: ReadonlyMap<string, Point>,
  edges: readonly Segment[],
  clearance: number,
  rounds = 4,
): Map<string, Point> {
  const moved = new Map(positions);
  for (let round = 0; round < rounds; round++) {
    const hits = actorsOnOtherEdges(moved, edges, clearance);
    if (hits.length === 0) break;
    for (const { actor, edge } of hits) {
      const point = moved.get(actor)!;
      const a = moved.get(edge.source)!;
      const b = moved.get(edge.target)!;
      const { distance, nearest } = distanceToSegment(point, a, b);
      if (distance >= clearance) continue;
      let away = { x: point.x - nearest.x, y: point.y - nearest.y };
      if (distance < 1e-6) {
        const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        away = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
      } else {
        away = { x: away.x / distance, y: away.y / distance };
      }
      const push = clearance - distance + 1;
      moved.set(actor, { x: point.x + away.x * push, y: point.y + away.y * push });
    }
  }
  return moved;
}
