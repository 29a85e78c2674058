import type { Point } from './keep-off-edges.ts';

/**
 * Pushes apart actors closer than `spacing` (centre to centre), a few rounds over, each pair
 * moved half the shortfall each way. A uniform grid finds the near pairs, so a thousand actors
 * take milliseconds: this is what tidies a quick (spectral) layout of a large graph, where a
 * full force-directed refinement would take seconds. Deterministic: same input, same output.
 */
export function spreadOverlaps(positions: ReadonlyMap<string, Point>, spacing: number, rounds = 6): Map<string, Point> {
  const ids = [...positions.keys()].sort();
  const moved = new Map<string, Point>(ids.map((id) => [id, { ...positions.get(id)! }]));
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<string, string[]>();
    const cellOf = (point: Point) => [Math.floor(point.x / spacing), Math.floor(point.y / spacing)] as const;
    for (const id of ids) {
      const [cx, cy] = cellOf(moved.get(id)!);
      const key = `${cx},${cy}`;
      const cell = grid.get(key);
      if (cell) cell.push(id);
      else grid.set(key, [id]);
    }
    let pushes = 0;
    for (const id of ids) {
      const point = moved.get(id)!;
      const [cx, cy] = cellOf(point);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (other <= id) continue;
            const otherPoint = moved.get(other)!;
            let vx = otherPoint.x - point.x;
            let vy = otherPoint.y - point.y;
            let distance = Math.hypot(vx, vy);
            if (distance >= spacing) continue;
            if (distance < 1e-6) {
              // On the same spot: apart along a direction fixed by the pair's order.
              vx = 1;
              vy = 0.5;
              distance = Math.hypot(vx, vy);
            }
            const push = (spacing - distance) / 2 / distance;
            point.x -= vx * push;
            point.y -= vy * push;
            otherPoint.x += vx * push;
            otherPoint.y += vy * push;
            pushes++;
          }
    }
    if (pushes === 0) break;
  }
  return moved;
}
