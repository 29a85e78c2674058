import { describe, expect, it } from 'vitest';
import { anActor } from '../support/client-payloads.ts';
import type { PathPayload, PathRelationPayload } from '../../client/src/api/payloads.ts';
import { collectPathElements, describePath, describePathInWords } from '../../client/src/graph/paths.ts';

const actor = (id: string) => anActor({ id, name: id, kind: 'STATE' });

function hop(id: string, from: string, to: string): PathRelationPayload {
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
  };
}

// mu attacks atlantis; lemuria sanctions atlantis: mu → atlantis ← lemuria.
const path: PathPayload = {
  length: 2,
  actors: [actor('mu'), actor('atlantis'), actor('lemuria')],
  relations: [hop('r1', 'mu', 'atlantis'), hop('r2', 'lemuria', 'atlantis')],
};

describe('paths as hops', () => {
  it('reads each hop in the direction of travel and says when its relation points back', () => {
    const hops = describePath(path);
    expect(hops.map((h) => [h.from.id, h.to.id, h.relation.id, h.forward])).toEqual([
      ['mu', 'atlantis', 'r1', true],
      ['atlantis', 'lemuria', 'r2', false],
    ]);
  });

  it('refuses a path whose actors do not line up with its relations', () => {
    expect(() => describePath({ ...path, actors: [actor('mu')] })).toThrow(
      'A path of 2 relations needs 3 actors, got 1',
    );
  });

  it('collects every actor and relation of every path for highlighting', () => {
    const other: PathPayload = {
      length: 2,
      actors: [actor('mu'), actor('thule'), actor('lemuria')],
      relations: [hop('r3', 'mu', 'thule'), hop('r4', 'thule', 'lemuria')],
    };
    const { actorIds, relationIds } = collectPathElements([path, other]);
    expect([...actorIds].sort()).toEqual(['atlantis', 'lemuria', 'mu', 'thule']);
    expect([...relationIds].sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
  });
});

describe('a path in words', () => {
  it('names each relation in the direction it points', () => {
    expect(describePathInWords(path)).toBe('mu –attack→ atlantis ←attack– lemuria');
  });
});
