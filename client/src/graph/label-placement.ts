/** An axis-aligned box, in any one coordinate system (the tests use rendered pixels). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Higher first: the selection, then the most connected actors, then relations. */
  priority: number;
  /** Where the full label would be drawn. */
  full: Box;
  /** Where a shortened label would be drawn, when there is one. */
  short?: Box | undefined;
}

export type LabelChoice = 'full' | 'short' | 'hidden';

/** Two boxes overlap when they share more than `tolerance` pixels both across and down. */
export function boxesOverlap(a: Box, b: Box, tolerance = 0): boolean {
  return (
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > tolerance && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > tolerance
  );
}

/**
 * The label-collision measure: the pairs of boxes that overlap. The tests assert it is empty for
 * the labels drawn; the placement below keeps it so.
 */
export function collidingPairs<T extends { id: string; box: Box }>(labels: readonly T[], tolerance = 0): [T, T][] {
  const pairs: [T, T][] = [];
  const grid = new BoxGrid<T>();
  for (const label of labels) {
    for (const other of grid.near(label.box))
      if (boxesOverlap(label.box, other.box, tolerance)) pairs.push([other, label]);
    grid.add(label.box, label);
  }
  return pairs;
}

/**
 * Places labels by priority, greedily: each label is drawn in full if it hits none already
 * placed nor any obstacle, else shortened if that fits, else hidden. The most important labels
 * (the selection, the hubs) are placed first, so they are the ones that stay whole.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly { owner: string; box: Box }[] = [],
): Map<string, LabelChoice> {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const placed = new BoxGrid<{ owner: string; box: Box }>();
  // What labels must not cover either (the actors' shapes, but a label may touch its own).
  for (const obstacle of obstacles) placed.add(obstacle.box, obstacle);
  const choices = new Map<string, LabelChoice>();
  const fits = (owner: string, box: Box) =>
    placed.near(box).every((other) => other.owner === owner || !boxesOverlap(box, other.box));
  for (const candidate of ordered) {
    if (fits(candidate.id, candidate.full)) {
      placed.add(candidate.full, { owner: candidate.id, box: candidate.full });
      choices.set(candidate.id, 'full');
    } else if (candidate.short && fits(candidate.id, candidate.short)) {
      placed.add(candidate.short, { owner: candidate.id, box: candidate.short });
      choices.set(candidate.id, 'short');
    } else {
      choices.set(candidate.id, 'hidden');
    }
  }
  return choices;
}

/** "Islamic Revolutionary Guard Corps" becomes "Islamic Revolutio…": at most `max` characters. */
export function shortenLabel(label: string, max = 14): string {
  const oneLine = label.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}

const CELL = 120;

/** A uniform grid over boxes: collision checks look at neighbouring cells, not at every label. */
class BoxGrid<T> {
  private readonly cells = new Map<string, { box: Box; value: T }[]>();

  add(box: Box, value: T): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push({ box, value });
      else this.cells.set(key, [{ box, value }]);
    }
  }

  near(box: Box): T[] {
    const seen = new Set<T>();
    for (const key of this.keys(box)) for (const entry of this.cells.get(key) ?? []) seen.add(entry.value);
    return [...seen];
  }

  private *keys(box: Box): Generator<string> {
    for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++)
      for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++) yield `${x},${y}`;
  }
}
