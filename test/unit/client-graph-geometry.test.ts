import { describe, expect, it } from 'vitest';
import { actorsOnOtherEdges, distanceToSegment, keepOffEdges } from '../../client/src/graph/keep-off-edges.ts';
import { nearestInDirection } from '../../client/src/graph/nearest-in-direction.ts';
import { seededRandom, seedFrom } from '../../client/src/graph/seeded-random.ts';
import { spreadOverlaps } from '../../client/src/graph/spread-overlaps.ts';

describe('keeping actors off the edges of other pairs', () => {
  const positions = new Map([
    ['west', { x: 0, y: 0 }],
    ['east', { x: 200, y: 0 }],
    ['between', { x: 100, y: 5 }],
    ['far', { x: 100, y: 150 }],
  ]);
  const edges = [{ source: 'west', target: 'east' }];

  it('finds an actor lying on a line between two others, and not one well clear of it', () => {
    expect(actorsOnOtherEdges(positions, edges, 24).map((hit) => hit.actor)).toEqual(['between']);
  });

  it('pushes that actor just clear of the line, on its own side, and leaves the others where they were', () => {
    const moved = keepOffEdges(positions, edges, 24);
    const between = moved.get('between')!;
    expect(distanceToSegment(between, positions.get('west')!, positions.get('east')!).distance).toBeGreaterThanOrEqual(
      24,
    );
    expect(between.y).toBeGreaterThan(0);
    expect(between.x).toBeCloseTo(100);
    expect(moved.get('far')).toEqual(positions.get('far'));
    expect(actorsOnOtherEdges(moved, edges, 24)).toEqual([]);
  });
});

describe('moving between actors with the arrow keys', () => {
  const placed = [
    { id: 'centre', x: 100, y: 100 },
    { id: 'right-near', x: 160, y: 110 },
    { id: 'right-far', x: 400, y: 100 },
    { id: 'below-close', x: 110, y: 130 },
    { id: 'left', x: 20, y: 90 },
  ];

  it('goes to the nearest actor in that direction on screen, not to a closer one off to the side', () => {
    expect(nearestInDirection(placed[0]!, placed, 'right')).toBe('right-near');
    expect(nearestInDirection(placed[0]!, placed, 'down')).toBe('below-close');
    expect(nearestInDirection(placed[0]!, placed, 'left')).toBe('left');
  });

  it('stays put (null) when nobody lies that way', () => {
    expect(nearestInDirection(placed[2]!, placed, 'right')).toBeNull();
  });
});

describe('seeded chance for layouts', () => {
  it('gives the same numbers for the same ids and different ones for others', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(seedFrom('iran,iraq'))).toEqual(take(seedFrom('iran,iraq')));
    expect(take(seedFrom('iran,iraq'))).not.toEqual(take(seedFrom('iran,syria')));
    expect(take(42).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('spreading a quick layout of a large graph', () => {
  it('leaves no two actors closer than the spacing, deterministically, and moves clear ones not at all', () => {
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 0 }],
      ['c', { x: 10, y: 5 }],
      ['far', { x: 1000, y: 1000 }],
    ]);
    const spread = spreadOverlaps(positions, 60, 20);
    const ids = ['a', 'b', 'c'];
    for (const one of ids)
      for (const other of ids)
        if (one < other) {
          const [p, q] = [spread.get(one)!, spread.get(other)!];
          expect(Math.hypot(p.x - q.x, p.y - q.y), `${one}-${other}`).toBeGreaterThanOrEqual(59);
        }
    expect(spread.get('far')).toEqual({ x: 1000, y: 1000 });
    expect(spreadOverlaps(positions, 60, 20)).toEqual(spread);
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
  });
});
