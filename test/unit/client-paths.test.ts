import { describe, expect, it } from 'vitest';
import { anActor } from '../support/client-payloads.ts';
import type { PathPayload, PathRelationPayload } from '../../client/src/api/payloads.ts';
import { chainElements, chosenChain, groupPathsByChain } from '../../client/src/graph/paths.ts';

const actor = (id: string) => anActor({ id, name: id, kind: 'STATE' });

function hop(id: string, from: string, to: string, over: Partial<PathRelationPayload> = {}): PathRelationPayload {
  return {
    id,
    type: 'ATTACK',
    polarity: 'HOSTILE',
    intensity: -9,
    status: 'REPORTED',
    confidence: 0.7,
    validFrom: null,
    validTo: null,
    datePrecision: null,
    validToPrecision: null,
    isEvent: true,
    evidenceCount: 1,
    singleSource: false,
    anonymousOnly: false,
    from: { id: from },
    to: { id: to },
    evidence: [],
    ...over,
  };
}

// mu attacks atlantis, twice over; lemuria aids atlantis, or sanctions it: mu → atlantis ← lemuria.
const path = (first: string, second: string, extra: Partial<PathRelationPayload> = {}): PathPayload => ({
  length: 2,
  actors: [actor('mu'), actor('atlantis'), actor('lemuria')],
  relations: [hop(first, 'mu', 'atlantis'), hop(second, 'lemuria', 'atlantis', extra)],
});
const viaThule: PathPayload = {
  length: 2,
  actors: [actor('mu'), actor('thule'), actor('lemuria')],
  relations: [hop('r5', 'mu', 'thule', { confidence: 0.4 }), hop('r6', 'thule', 'lemuria')],
};
const paths = [
  path('r1', 'r3'),
  path('r2', 'r3', {}),
  path('r1', 'r4', { polarity: 'COOPERATIVE', type: 'AID', confidence: 0.9 }),
  viaThule,
];

describe('paths grouped by chain of actors', () => {
  it('makes one chain of the paths through the same actors, parallel relations grouped per hop', () => {
    const chains = groupPathsByChain(paths);
    expect(chains.map((chain) => [chain.key, chain.pathCount])).toEqual([
      ['mu>atlantis>lemuria', 3],
      ['mu>thule>lemuria', 1],
    ]);
    expect(chains[0]!.hops.map((hop) => hop.relations.map((relation) => relation.id))).toEqual([
      ['r1', 'r2'],
      ['r4', 'r3'],
    ]);
  });

  it('gives each hop its sign, its direction and its weakest confidence', () => {
    const [first, second] = groupPathsByChain(paths);
    expect(first!.hops.map((hop) => [hop.sign, hop.arrow, hop.weakestConfidence])).toEqual([
      ['−', '→', 0.7],
      ['±', '←', 0.7],
    ]);
    expect(second!.weakestConfidence).toBe(0.4);
  });

  it('highlights one chain at a time: the chosen one, else the first', () => {
    const chains = groupPathsByChain(paths);
    expect([...chainElements(chosenChain(chains, null)).relationIds].sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
    const second = chainElements(chosenChain(chains, 1));
    expect([...second.actorIds].sort()).toEqual(['lemuria', 'mu', 'thule']);
    expect([...second.relationIds].sort()).toEqual(['r5', 'r6']);
    expect(chosenChain(chains, 9)?.key).toBe('mu>atlantis>lemuria');
    expect(chosenChain([], 0)).toBeNull();
  });
});
