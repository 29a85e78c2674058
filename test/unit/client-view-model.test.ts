import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { RelationPayload } from '../../client/src/api/payloads.ts';
import { composeGraph } from '../../client/src/graph/compose-view.ts';
import { exportVisibleSubgraph } from '../../client/src/graph/export-subgraph.ts';
import { actorNames, createViewModel, isInView, visibleRelations } from '../../client/src/graph/view-model.ts';
import { computeVisibility } from '../../client/src/graph/visibility.ts';
import { applyVisibility } from '../../client/src/view/apply-visibility.ts';
import { toElementDefinitions } from '../../client/src/view/graph-view.ts';
import { createGraphStyle } from '../../client/src/view/style.ts';
import { anActor } from '../support/client-payloads.ts';

function dated(
  id: string,
  from: string,
  to: string,
  validFrom: string | null,
  validTo: string | null,
): RelationPayload {
  return {
    id,
    type: 'CONSULT',
    polarity: 'COOPERATIVE',
    intensity: 1,
    status: 'REPORTED',
    confidence: 0.9,
    validFrom,
    validTo,
    datePrecision: 'DAY',
    validToPrecision: null,
    isEvent: validFrom !== null,
    evidenceCount: 1,
    singleSource: false,
    anonymousOnly: false,
    from: { id: from },
    to: { id: to },
  };
}

const state = (name: string) => anActor({ id: name, name: name.toUpperCase(), kind: 'STATE' });

// atlantis–lemuria from May 2018; lemuria–mu from January 2020; atlantis–thule undated, so always.
const graph = composeGraph([
  {
    actors: ['atlantis', 'lemuria', 'mu', 'thule'].map(state),
    relations: [
      dated('old', 'atlantis', 'lemuria', '2018-05-01', null),
      dated('new', 'lemuria', 'mu', '2020-01-03', null),
      dated('always', 'atlantis', 'thule', null, null),
    ],
  },
]);

const modelAsOf = (asOf: string | null) => {
  const base = createViewModel();
  return { ...base, ...graph, state: { ...base.state, asOf }, visibility: computeVisibility(graph.relations, asOf) };
};

describe('the view model', () => {
  it('carries the actors and relations as typed data, relations with their ends', () => {
    expect(graph.actors.map((actor) => [actor.id, actor.label, actor.kind])).toContainEqual(['mu', 'MU', 'STATE']);
    expect(graph.relations.map((relation) => [relation.id, relation.source, relation.target])).toEqual([
      ['old', 'atlantis', 'lemuria'],
      ['new', 'lemuria', 'mu'],
      ['always', 'atlantis', 'thule'],
    ]);
  });

  it('leaves out a relation whose actor was hidden, so nothing is drawn to nowhere', () => {
    const hidden = composeGraph([{ actors: graph.actors.map((actor) => state(actor.id)), relations: [] }], ['mu']);
    expect(hidden.actors.map((actor) => actor.id)).not.toContain('mu');
    const withRelations = composeGraph(
      [{ actors: ['atlantis', 'lemuria', 'mu'].map(state), relations: [dated('new', 'lemuria', 'mu', null, null)] }],
      ['mu'],
    );
    expect(withRelations.relations).toEqual([]);
  });

  it('shows the relations holding as of the date and dims the actors left with none', () => {
    const visibility = computeVisibility(graph.relations, '2019-06-30');
    expect([...visibility.activeRelationIds].sort()).toEqual(['always', 'old']);
    expect([...visibility.dormantActorIds]).toEqual(['mu']);
    expect(visibility.counts).toEqual({ active: 2, inactive: 1 });
  });

  it('shows every relation when there is no date', () => {
    const visibility = computeVisibility(graph.relations, null);
    expect(visibility.counts).toEqual({ active: 3, inactive: 0 });
    expect(visibility.dormantActorIds.size).toBe(0);
  });

  it('lists as visible only the relations holding on the date', () => {
    expect(visibleRelations(modelAsOf('2019-06-30')).map((relation) => relation.id)).toEqual(['old', 'always']);
  });

  it('knows what is in view, actors and relations alike, and names actors by id', () => {
    const model = modelAsOf(null);
    expect(isInView(model, 'mu')).toBe(true);
    expect(isInView(model, 'new')).toBe(true);
    expect(isInView(model, 'nowhere')).toBe(false);
    expect(actorNames(model).get('thule')).toBe('THULE');
  });

  it('exports what is drawn, not what the date hides, with the link that reopens it', () => {
    const exported = exportVisibleSubgraph(
      modelAsOf('2019-01-01'),
      'http://localhost/?asOf=2019-01-01',
      new Date('2024-05-01T00:00:00Z'),
    );
    expect(exported.format).toBe('actorgraph/subgraph');
    expect(exported.exportedAt).toBe('2024-05-01T00:00:00.000Z');
    expect(exported.view).toBe('http://localhost/?asOf=2019-01-01');
    expect(exported.actors.map((actor) => actor.label)).toEqual(['ATLANTIS', 'LEMURIA', 'MU', 'THULE']);
    expect(exported.relations.map((r) => [r.id, r.source, r.target])).toEqual([
      ['old', 'atlantis', 'lemuria'],
      ['always', 'atlantis', 'thule'],
    ]);
  });
});

describe('drawing the date', () => {
  it('hides in the drawing exactly the relations the model says do not hold, and dims dormant actors', () => {
    const cy = cytoscape({
      headless: true,
      // Headless Cytoscape skips styles unless asked; the hiding is done by the style.
      styleEnabled: true,
      style: createGraphStyle('evidence'),
      elements: toElementDefinitions(graph),
    });
    applyVisibility(cy, computeVisibility(graph.relations, '2019-06-30'));
    expect(cy.getElementById('new').visible()).toBe(false);
    expect(cy.getElementById('old').visible()).toBe(true);
    expect(cy.getElementById('mu').hasClass('dormant')).toBe(true);
    expect(cy.getElementById('lemuria').hasClass('dormant')).toBe(false);

    applyVisibility(cy, computeVisibility(graph.relations, null));
    expect(cy.getElementById('new').visible()).toBe(true);
    expect(cy.getElementById('mu').hasClass('dormant')).toBe(false);
  });
});
