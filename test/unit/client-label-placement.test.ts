import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  collidingPairs,
  placeLabels,
  shortenLabel,
  type Box,
} from '../../client/src/graph/label-placement.ts';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });

describe('the label-collision measure', () => {
  it('counts boxes that share area, not boxes that only touch', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(5, 5, 15, 15))).toBe(true);
    expect(boxesOverlap(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 10, 10), box(0, 11, 10, 20))).toBe(false);
  });

  it('lists every overlapping pair once, including boxes far apart in a large set', () => {
    const labels = [
      { id: 'a', box: box(0, 0, 50, 12) },
      { id: 'b', box: box(40, 5, 90, 17) },
      { id: 'c', box: box(500, 500, 560, 512) },
      { id: 'd', box: box(0, 100, 400, 112) },
      { id: 'e', box: box(380, 90, 420, 102) },
    ];
    const pairs = collidingPairs(labels).map(([one, other]) => [one.id, other.id].sort().join('+'));
    expect(pairs.sort()).toEqual(['a+b', 'd+e']);
  });
});

describe('placing labels by priority', () => {
  it('keeps the more important of two colliding labels whole and shortens the other when the short one fits', () => {
    const choices = placeLabels([
      { id: 'minor', priority: 1, full: box(30, 0, 130, 12), short: box(100, 0, 130, 12) },
      { id: 'hub', priority: 10, full: box(0, 0, 90, 12) },
    ]);
    expect(choices.get('hub')).toBe('full');
    expect(choices.get('minor')).toBe('short');
  });

  it('hides a label that collides even when shortened', () => {
    const choices = placeLabels([
      { id: 'selected', priority: 100, full: box(0, 0, 200, 12) },
      { id: 'other', priority: 5, full: box(50, 2, 250, 14), short: box(50, 2, 120, 14) },
    ]);
    expect(choices.get('selected')).toBe('full');
    expect(choices.get('other')).toBe('hidden');
  });

  it('leaves no two placed labels overlapping on a crowded random scene', () => {
    let state = 7;
    const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * 600;
    const candidates = Array.from({ length: 200 }, (_, index) => {
      const x = next();
      const y = next();
      return {
        id: `l${index}`,
        priority: index % 17,
        full: box(x, y, x + 90, y + 14),
        short: box(x, y, x + 40, y + 14),
      };
    });
    const choices = placeLabels(candidates);
    const drawn = candidates
      .filter((candidate) => choices.get(candidate.id) !== 'hidden')
      .map((candidate) => ({
        id: candidate.id,
        box: choices.get(candidate.id) === 'short' ? candidate.short : candidate.full,
      }));
    expect(drawn.length).toBeGreaterThan(40);
    expect(collidingPairs(drawn)).toEqual([]);
    expect(
      collidingPairs(candidates.map((candidate) => ({ id: candidate.id, box: candidate.full }))).length,
    ).toBeGreaterThan(0);
  });

  it('shortens long names with an ellipsis and leaves short ones as they are', () => {
    expect(shortenLabel('Islamic Revolutionary Guard Corps')).toBe('Islamic Revol…');
    expect(shortenLabel('Iran')).toBe('Iran');
    expect(shortenLabel('Quds\nForce')).toBe('Quds Force');
  });
});

describe('placing labels around obstacles', () => {
  it('never puts a label over an actor’s shape, even the most important label', () => {
    const actorShape = box(100, 100, 140, 140);
    const choices = placeLabels(
      [
        { id: 'over-the-shape', priority: 100, full: box(90, 110, 200, 124), short: box(140, 110, 190, 124) },
        { id: 'clear', priority: 1, full: box(0, 0, 80, 14) },
      ],
      [{ owner: 'some-actor', box: actorShape }],
    );
    expect(choices.get('over-the-shape')).toBe('short');
    expect(choices.get('clear')).toBe('full');
    // An actor's own label may touch its own shape.
    expect(
      placeLabels(
        [{ id: 'some-actor', priority: 1, full: box(95, 135, 150, 150) }],
        [{ owner: 'some-actor', box: actorShape }],
      ).get('some-actor'),
    ).toBe('full');
  });
});
