import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { anActor } from '../support/client-payloads.ts';
import type { RelationPayload } from '../../client/src/api/payloads.ts';
import { toEdgeLabel, toElements, toSubgraph } from '../../client/src/graph/elements.ts';

const actors = [
  anActor({ id: 'a', name: 'Atlantis', kind: 'STATE' }),
  anActor({ id: 'b', name: 'Lemuria', kind: 'STATE' }),
];

function relation(id: string, from: string, to: string, overrides: Partial<RelationPayload> = {}): RelationPayload {
  return {
    id,
    type: 'ATTACK',
    polarity: 'HOSTILE',
    intensity: -9,
    confidence: 0.8,
    status: 'REPORTED',
    validFrom: '2019-04-01',
    validTo: null,
    datePrecision: 'MONTH',
    validToPrecision: null,
    isEvent: true,
    evidenceCount: 2,
    singleSource: false,
    anonymousOnly: false,
    from: { id: from },
    to: { id: to },
    ...overrides,
  };
}

describe('API payloads to graph elements', () => {
  it('makes a node per actor and a directed edge per relation, carrying what the view reads', () => {
    const cy = cytoscape({ headless: true, elements: toElements(actors, [relation('r1', 'a', 'b')]) });
    expect(cy.nodes().map((node) => node.data('label'))).toEqual(['Atlantis', 'Lemuria']);
    const edge = cy.getElementById('r1');
    expect(edge.source().id()).toBe('a');
    expect(edge.target().id()).toBe('b');
    expect(edge.data()).toMatchObject({
      label: '− attack',
      polarity: 'HOSTILE',
      intensity: -9,
      validFrom: '2019-04-01',
      evidenceCount: 2,
      singleSource: false,
      anonymousOnly: false,
      isEvent: true,
    });
  });

  it('leaves out relations whose actors are not in the payload', () => {
    const elements = toElements(actors, [relation('r1', 'a', 'b'), relation('r2', 'a', 'elsewhere')]);
    expect(elements.filter((element) => element.group === 'edges').map((edge) => edge.data.id)).toEqual(['r1']);
  });

  it('writes the sign into the label, so polarity is not carried by colour alone', () => {
    expect(toEdgeLabel({ type: 'SUPPORT', polarity: 'COOPERATIVE' })).toBe('+ support');
    expect(toEdgeLabel({ type: 'KILL', polarity: 'HOSTILE' })).toBe('− kill');
    expect(toEdgeLabel({ type: 'MEMBER_OF', polarity: 'NEUTRAL' })).toBe('member of');
  });

  it('turns a page of relations with embedded ends into a subgraph with each actor once', () => {
    const lemuria = anActor({ id: 'b', name: 'Lemuria', kind: 'STATE' });
    const subgraph = toSubgraph([
      { ...relation('r1', 'a', 'b'), from: anActor({ id: 'a', name: 'Atlantis', kind: 'STATE' }), to: lemuria },
      { ...relation('r2', 'c', 'b'), from: anActor({ id: 'c', name: 'Mu', kind: 'ARMED_GROUP' }), to: lemuria },
    ]);
    expect(subgraph.actors.map((actor) => actor.id).sort()).toEqual(['a', 'b', 'c']);
    expect(subgraph.relations.map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});
