import { describe, expect, it } from 'vitest';
import { toEdgeData, type RelationPayload } from '../../client/src/graph/elements.ts';
import { computeVisibility, monthsBefore } from '../../client/src/graph/visibility.ts';

// Events fade after the window the analyst sets; states of affairs and recent events stay bright.

function relation(id: string, over: Partial<RelationPayload>): RelationPayload {
  return {
    id,
    type: 'ACCUSE',
    polarity: 'HOSTILE',
    intensity: -2,
    status: 'REPORTED',
    confidence: 0.8,
    validFrom: null,
    validTo: null,
    datePrecision: null,
    validToPrecision: null,
    isEvent: true,
    evidenceCount: 1,
    singleSource: true,
    anonymousOnly: false,
    from: { id: 'a' },
    to: { id: 'b' },
    ...over,
  };
}

const relations = [
  relation('accusation-2018', { validFrom: '2018-01-01', datePrecision: 'YEAR' }),
  relation('strike-jan-2020', { validFrom: '2020-01-01', datePrecision: 'MONTH' }),
  relation('alliance', { isEvent: false, validFrom: '2015-03-01', datePrecision: 'MONTH', type: 'AID' }),
].map(toEdgeData);

describe('events that fade', () => {
  it('fades an event once the last day it may have happened on lies further back than the window', () => {
    const visibility = computeVisibility(relations, '2020-06-15', 12);
    expect([...visibility.pastRelationIds]).toEqual(['accusation-2018']);
    expect([...computeVisibility(relations, '2022-01-15', 12).pastRelationIds]).toEqual([
      'accusation-2018',
      'strike-jan-2020',
    ]);
    // A state of affairs still holding never fades, and faded events still hold (drawn, faint).
    expect(visibility.activeRelationIds.has('accusation-2018')).toBe(true);
  });

  it('reads a date known to the month as its whole month', () => {
    // The strike may have happened as late as 2020-01-31: 3 months later it is not yet faded.
    expect(computeVisibility(relations, '2020-04-30', 3).pastRelationIds.has('strike-jan-2020')).toBe(false);
    expect(computeVisibility(relations, '2020-05-01', 3).pastRelationIds.has('strike-jan-2020')).toBe(true);
  });

  it('fades nothing without a window or without a date', () => {
    expect(computeVisibility(relations, '2022-01-15', null).pastRelationIds.size).toBe(0);
    expect(computeVisibility(relations, null, 3).pastRelationIds.size).toBe(0);
  });

  it('counts months back on the calendar', () => {
    expect(monthsBefore('2020-05-31', 3)).toBe('2020-02-29');
    expect(monthsBefore('2020-01-15', 12)).toBe('2019-01-15');
  });
});
