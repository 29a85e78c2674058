import { describe, expect, it } from 'vitest';
import type { Polarity } from '../../client/src/api/generated/operations.ts';
import type { RelationEdgeData } from '../../client/src/graph/elements.ts';
import { countSignChanges, pairHistory } from '../../client/src/graph/pair-history.ts';

function edge(
  id: string,
  source: string,
  target: string,
  polarity: Polarity,
  validFrom: string | null,
): RelationEdgeData {
  return {
    id,
    source,
    target,
    label: id,
    type: 'CONSULT',
    polarity,
    intensity: 0,
    strength: 0,
    status: 'REPORTED',
    confidence: 0.8,
    validFrom,
    validTo: null,
    datePrecision: 'DAY',
    validToPrecision: null,
    isEvent: true,
    evidenceCount: 1,
    singleSource: false,
    anonymousOnly: false,
  };
}

const edges = [
  edge('late-attack', 'lemuria', 'atlantis', 'HOSTILE', '2021-05-01'),
  edge('early-aid', 'atlantis', 'lemuria', 'COOPERATIVE', '2018-02-01'),
  edge('treaty', 'atlantis', 'lemuria', 'NEUTRAL', null),
  edge('talks', 'atlantis', 'lemuria', 'COOPERATIVE', '2022-01-01'),
  edge('elsewhere', 'atlantis', 'mu', 'HOSTILE', '2019-01-01'),
];

describe('the history of a pair', () => {
  it('lists every relation between the two, either direction, oldest first and undated last', () => {
    const history = pairHistory('atlantis', 'lemuria', edges);
    expect(history.map((entry) => [entry.id, entry.forward])).toEqual([
      ['early-aid', true],
      ['late-attack', false],
      ['talks', true],
      ['treaty', true],
    ]);
  });

  it('counts the flips between cooperation and hostility, ignoring neutral and undated relations', () => {
    expect(countSignChanges(pairHistory('atlantis', 'lemuria', edges))).toBe(2);
    expect(countSignChanges(pairHistory('atlantis', 'mu', edges))).toBe(0);
  });
});
