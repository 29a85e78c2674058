import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { RelationPayload } from '../../client/src/api/payloads.ts';
import { toElements } from '../../client/src/graph/elements.ts';
import { applyAsOf, isActiveAsOf, toDatedFilter, toLoadFilter } from '../../client/src/graph/filters.ts';
import { createViewState } from '../../client/src/graph/view-state.ts';
import { createGraphStyle } from '../../client/src/view/style.ts';

function dated(
  id: string,
  from: string,
  to: string,
  validFrom: string | null,
  validTo: string | null,
  isEvent = true,
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
    isEvent,
    evidenceCount: 1,
    from: { id: from },
    to: { id: to },
  };
}

describe('the filter sent to the API', () => {
  it('sends only the conditions in use, and never the date when loading', () => {
    const state = { ...createViewState(), types: ['ATTACK'], minConfidence: 0.5, asOf: '2019-06-30' };
    expect(toLoadFilter(createViewState())).toEqual({});
    expect(toLoadFilter(state)).toEqual({ types: ['ATTACK'], minConfidence: 0.5 });
  });

  it('adds the date for questions the server answers as of a date (paths, analyses)', () => {
    const state = { ...createViewState(), statuses: ['ALLEGED'], asOf: '2019-06-30' };
    expect(toDatedFilter(state)).toEqual({ statuses: ['ALLEGED'], asOf: '2019-06-30' });
  });
});

describe('as of a date, as the API reads it', () => {
  it('holds from its start and stops holding on its end day', () => {
    const interval = { validFrom: '2018-01-01', validTo: '2020-01-01' };
    expect(isActiveAsOf(interval, '2017-12-31')).toBe(false);
    expect(isActiveAsOf(interval, '2018-01-01')).toBe(true);
    expect(isActiveAsOf(interval, '2019-12-31')).toBe(true);
    expect(isActiveAsOf(interval, '2020-01-01')).toBe(false);
  });

  it('keeps an event from its day on, and an undated relation at every date', () => {
    expect(isActiveAsOf({ validFrom: '2020-01-03', validTo: null }, '2020-01-02')).toBe(false);
    expect(isActiveAsOf({ validFrom: '2020-01-03', validTo: null }, '2024-01-01')).toBe(true);
    expect(isActiveAsOf({ validFrom: null, validTo: null }, '1900-01-01')).toBe(true);
    expect(isActiveAsOf({ validFrom: null, validTo: '2020-01-01' }, '2019-01-01')).toBe(true);
  });

  it('hides the relations not holding yet, and dims actors left with none', () => {
    const actors = ['atlantis', 'lemuria', 'mu', 'thule'].map((id) => ({ id, name: id, kind: 'STATE' }));
    const cy = cytoscape({
      headless: true,
      // Headless Cytoscape skips styles unless asked; the hiding is done by the style.
      styleEnabled: true,
      style: createGraphStyle('evidence'),
      elements: toElements(actors, [
        dated('old', 'atlantis', 'lemuria', '2018-05-01', null),
        dated('new', 'lemuria', 'mu', '2020-01-03', null),
        dated('always', 'atlantis', 'thule', null, null, false),
      ]),
    });
    expect(applyAsOf(cy, '2019-06-30')).toEqual({ active: 2, inactive: 1 });
    expect(cy.getElementById('new').visible()).toBe(false);
    expect(cy.getElementById('old').visible()).toBe(true);
    expect(cy.getElementById('mu').hasClass('dormant')).toBe(true);
    expect(cy.getElementById('lemuria').hasClass('dormant')).toBe(false);

    expect(applyAsOf(cy, null)).toEqual({ active: 3, inactive: 0 });
    expect(cy.getElementById('new').visible()).toBe(true);
    expect(cy.getElementById('mu').hasClass('dormant')).toBe(false);
  });
});
