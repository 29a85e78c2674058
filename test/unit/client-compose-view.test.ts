import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { anActor } from '../support/client-payloads.ts';
import type { ActorPayload, RelationPayload, SubgraphPayload } from '../../client/src/api/payloads.ts';
import { composeView, trimNeighbourhood } from '../../client/src/graph/compose-view.ts';
import { applyElements } from '../../client/src/view/apply-elements.ts';

const actor = (id: string, degree = 1): ActorPayload => anActor({ id, name: id.toUpperCase(), kind: 'STATE', degree });

function link(id: string, from: string, to: string, confidence = 0.9): RelationPayload {
  return {
    id,
    type: 'AID',
    polarity: 'COOPERATIVE',
    intensity: 7,
    status: 'REPORTED',
    confidence,
    validFrom: null,
    validTo: null,
    datePrecision: null,
    validToPrecision: null,
    isEvent: false,
    evidenceCount: 1,
    singleSource: false,
    anonymousOnly: false,
    from: { id: from },
    to: { id: to },
  };
}

const ids = (elements: { data: { id?: string } }[]) => elements.map((element) => element.data.id).sort();

describe('composing the view from what was asked for', () => {
  it('unites the parts, each actor and relation once', () => {
    const first: SubgraphPayload = { actors: [actor('a'), actor('b')], relations: [link('ab', 'a', 'b')] };
    const second: SubgraphPayload = {
      actors: [actor('b'), actor('c')],
      relations: [link('bc', 'b', 'c'), link('ab', 'a', 'b')],
    };
    expect(ids(composeView([first, second]))).toEqual(['a', 'ab', 'b', 'bc', 'c']);
  });

  it('leaves out hidden actors and every relation touching them', () => {
    const part: SubgraphPayload = {
      actors: [actor('a'), actor('b'), actor('c')],
      relations: [link('ab', 'a', 'b'), link('bc', 'b', 'c')],
    };
    expect(ids(composeView([part], ['c']))).toEqual(['a', 'ab', 'b']);
  });

  it('keeps the most connected neighbours of a crowded actor and says how many it left out', () => {
    const hub: SubgraphPayload = {
      actors: [actor('hub', 4), actor('w', 1), actor('x', 9), actor('y', 5), actor('z', 2)],
      relations: [
        link('hw', 'hub', 'w'),
        link('hx', 'hub', 'x'),
        link('hy', 'hub', 'y'),
        link('hz', 'hub', 'z'),
        link('xy', 'x', 'y'),
        link('wz', 'w', 'z'),
      ],
    };
    const trimmed = trimNeighbourhood(hub, 'hub', 2);
    expect(trimmed.actors.map((a) => a.id)).toEqual(['hub', 'x', 'y']);
    expect(trimmed.relations.map((r) => r.id)).toEqual(['hx', 'hy', 'xy']);
    expect(trimmed.omitted).toBe(2);
    expect(trimNeighbourhood(hub, 'hub', 10).omitted).toBe(0);
  });
});

describe('bringing the graph in line with the view', () => {
  it('adds what is new, removes what is gone and keeps the positions of what stays', () => {
    const cy = cytoscape({ headless: true });
    applyElements(cy, composeView([{ actors: [actor('a'), actor('b')], relations: [link('ab', 'a', 'b')] }]));
    cy.getElementById('a').position({ x: 120, y: -40 });

    const changes = applyElements(
      cy,
      composeView([{ actors: [actor('a'), actor('c')], relations: [link('ac', 'a', 'c', 0.3)] }]),
    );
    expect(changes.addedNodes).toEqual(['c']);
    expect(changes.addedEdges).toEqual(['ac']);
    expect(changes.removed.sort()).toEqual(['ab', 'b']);
    expect(cy.getElementById('a').position()).toEqual({ x: 120, y: -40 });
    expect(
      cy
        .elements()
        .map((element) => element.id())
        .sort(),
    ).toEqual(['a', 'ac', 'c']);
  });

  it('refreshes the data of elements that stay', () => {
    const cy = cytoscape({ headless: true });
    applyElements(cy, composeView([{ actors: [actor('a'), actor('b')], relations: [link('ab', 'a', 'b', 0.4)] }]));
    const changes = applyElements(
      cy,
      composeView([{ actors: [actor('a'), actor('b')], relations: [link('ab', 'a', 'b', 0.95)] }]),
    );
    expect(changes).toEqual({ addedNodes: [], addedEdges: [], removed: [] });
    expect(cy.getElementById('ab').data('confidence')).toBe(0.95);
  });
});
