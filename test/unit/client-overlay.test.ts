import { describe, expect, it } from 'vitest';
import { GROUP_COLOURS, rankMissingActors, toOverlayLayer } from '../../client/src/graph/overlay.ts';

const overlay = {
  name: 'blocs',
  summary: 'Two blocs.',
  relationIds: ['r1', 'r2'],
  actors: [
    { actorId: 'a', value: 4, group: 'bloc-2', label: null },
    { actorId: 'b', value: 1, group: 'bloc-1', label: 'broker' },
    { actorId: 'c', value: 0, group: 'bloc-1', label: null },
    { actorId: 'd', value: null, group: null, label: null },
  ],
};

describe('analysis overlays', () => {
  it('sizes actors on a square-root scale from the smallest to the largest value', () => {
    const layer = toOverlayLayer(overlay);
    expect(layer.actors.get('a')?.size).toBe(1);
    expect(layer.actors.get('c')?.size).toBe(0);
    expect(layer.actors.get('b')?.size).toBeCloseTo(0.5);
    expect(layer.actors.get('d')?.size).toBeNull();
  });

  it('gives the largest group the first colour and keeps labels and highlighted relations', () => {
    const layer = toOverlayLayer(overlay);
    expect(layer.groups).toEqual([
      { group: 'bloc-1', count: 2, colour: GROUP_COLOURS[0] },
      { group: 'bloc-2', count: 1, colour: GROUP_COLOURS[1] },
    ]);
    expect(layer.actors.get('b')).toMatchObject({ colour: GROUP_COLOURS[0], label: 'broker' });
    expect(layer.actors.get('d')?.colour).toBeNull();
    expect([...layer.relationIds]).toEqual(['r1', 'r2']);
  });

  it('gives every actor a middle size when all values are equal', () => {
    const layer = toOverlayLayer({
      ...overlay,
      actors: [
        { actorId: 'a', value: 2, group: null, label: null },
        { actorId: 'b', value: 2, group: null, label: null },
      ],
    });
    expect(layer.actors.get('a')?.size).toBe(0.5);
  });

  it('ranks the scored actors missing from the view, highest first', () => {
    expect(rankMissingActors(overlay, (id) => id === 'a', 2)).toEqual(['b', 'c']);
  });
});
