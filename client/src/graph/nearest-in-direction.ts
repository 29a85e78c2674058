export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The actor an arrow key moves to: the nearest one that lies in that direction (within 45° of
 * it), sideways distance counting double, so "right" goes to the actor to the right rather
 * than to a closer one far below. Null when there is none that way. Screen coordinates: y grows
 * downwards.
 */
export function nearestInDirection(from: Placed, others: readonly Placed[], direction: Direction): string | null {
  const unit = UNIT[direction];
  let best: { id: string; cost: number } | null = null;
  for (const other of others) {
    if (other.id === from.id) continue;
    const dx = other.x - from.x;
    const dy = other.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    if (along <= 0 || across > along) continue;
    const cost = along + 2 * across;
    if (!best || cost < best.cost || (cost === best.cost && other.id < best.id)) best = { id: other.id, cost };
  }
  return best?.id ?? null;
}
