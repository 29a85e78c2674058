import { describe, expect, it } from 'vitest';
import { toEdgeData } from '../../client/src/graph/elements.ts';
import { combinePairs, pairIdOf, pairLabel } from '../../client/src/graph/pairs.ts';
import type { RelationPayload } from '../../client/src/api/payloads.ts';

function relation(
  id: string,
  from: string,
  to: string,
  polarity: string,
  validFrom: string | null,
  overrides: Partial<RelationPayload> = {},
) {
  return toEdgeData({
    id,
    type: polarity === 'HOSTILE' ? 'ATTACK' : 'SUPPORT',
    polarity,
    intensity: polarity === 'HOSTILE' ? -6 : 4,
    confidence: 0.7,
    status: 'REPORTED',
    validFrom,
    validTo: null,
    datePrecision: validFrom ? 'DAY' : null,
    validToPrecision: null,
    isEvent: false,
    evidenceCount: 1,
    from: { id: from },
    to: { id: to },
    ...overrides,
  } as RelationPayload);
}

describe('combining the relations between one pair of actors', () => {
  it('leaves a pair with one relation alone and makes one edge of a pair with several, whichever way they run', () => {
    const pairs = combinePairs([
      relation('r1', 'atlantis', 'lemuria', 'COOPERATIVE', '2001-01-01'),
      relation('r2', 'lemuria', 'atlantis', 'COOPERATIVE', '2002-01-01'),
      relation('r3', 'atlantis', 'mu', 'HOSTILE', '2003-01-01'),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({
      id: pairIdOf('lemuria', 'atlantis'),
      relationIds: ['r1', 'r2'],
      count: 2,
      directed: false,
    });
  });

  it('sums the signs: two hostile and one cooperative relation are net hostile', () => {
    const [pair] = combinePairs([
      relation('r1', 'a', 'b', 'HOSTILE', '2001-01-01'),
      relation('r2', 'a', 'b', 'HOSTILE', '2001-02-01'),
      relation('r3', 'a', 'b', 'COOPERATIVE', '2001-03-01'),
      relation('r4', 'a', 'b', 'NEUTRAL', '2001-04-01'),
    ]);
    expect(pair).toMatchObject({ net: -1, polarity: 'HOSTILE', count: 4, directed: true });
    expect(pair!.label).toBe('4 relations, net −, flipped');
  });

  it('marks a pair that turned from cooperation to hostility, dated by the first hostile relation after the last cooperative one', () => {
    const [pair] = combinePairs([
      relation('late-attack', 'a', 'b', 'HOSTILE', '2020-01-03'),
      relation('early-aid', 'a', 'b', 'COOPERATIVE', '2015-06-01'),
      relation('aid-again', 'a', 'b', 'COOPERATIVE', '2017-06-01'),
      relation('first-strike', 'b', 'a', 'HOSTILE', '2019-05-01'),
    ]);
    expect(pair).toMatchObject({ flipped: true, flippedOn: '2019-05-01', net: 0, polarity: 'NEUTRAL' });
    expect(pair!.relationIds).toEqual(['early-aid', 'aid-again', 'first-strike', 'late-attack']);
  });

  it('does not call a pair flipped when its latest sign is its earliest one', () => {
    const [pair] = combinePairs([
      relation('r1', 'a', 'b', 'COOPERATIVE', '2001-01-01'),
      relation('r2', 'a', 'b', 'HOSTILE', '2002-01-01'),
      relation('r3', 'a', 'b', 'COOPERATIVE', '2003-01-01'),
    ]);
    expect(pair).toMatchObject({ flipped: false, flippedOn: null, net: 1, polarity: 'COOPERATIVE' });
  });

  it('says the count and the sign in words, so the sign is never carried by colour alone', () => {
    expect(pairLabel(3, 2, false)).toBe('3 relations, net +');
    expect(pairLabel(2, 0, true)).toBe('2 relations, net ±, flipped');
  });
});
