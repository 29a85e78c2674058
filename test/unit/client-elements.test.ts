import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/graph/elements.ts';

const actors = [
  { id: 'a', name: 'Atlantis', kind: 'STATE' },
  { id: 'b', name: 'Lemuria', kind: 'STATE' },
];
const relation = (id: string, from: string, to: string) => ({
  id,
  type: 'ATTACK',
  polarity: 'HOSTILE',
  confidence: 0.8,
  status: 'REPORTED',
  from: { id: from },
  to: { id: to },
});

describe('API payloads to graph elements', () => {
  it('makes a node per actor and a directed edge per relation', () => {
    const cy = cytoscape({ headless: true, elements: toElements(actors, [relation('r1', 'a', 'b')]) });
    expect(cy.nodes().map((node) => node.data('label'))).toEqual(['Atlantis', 'Lemuria']);
    const edge = cy.getElementById('r1');
    expect(edge.source().id()).toBe('a');
    expect(edge.target().id()).toBe('b');
    expect(edge.data('label')).toBe('attack');
    expect(edge.data('polarity')).toBe('HOSTILE');
  });

  it('leaves out relations whose actors are not in the payload', () => {
    const elements = toElements(actors, [relation('r1', 'a', 'b'), relation('r2', 'a', 'elsewhere')]);
    expect(elements.filter((element) => element.group === 'edges').map((edge) => edge.data.id)).toEqual(['r1']);
  });
});
