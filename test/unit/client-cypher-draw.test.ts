import { describe, expect, it } from 'vitest';
import { RelationEdgeDocument } from '../../client/src/api/generated/operations.ts';
import type { Request } from '../../client/src/api/graphql.ts';
import { loadRelationEnds } from '../../client/src/api/load-relation-ends.ts';

// "Draw on graph" brings in the actors at both ends of each relation a Cypher result touches.
const ENDS: Record<string, [string, string]> = {
  'atlantis-threatens-mu': ['atlantis', 'mu'],
  'mu-aids-lemuria': ['mu', 'lemuria'],
};

function answering(): { request: Request; asked: string[] } {
  const asked: string[] = [];
  const request = (async (document: unknown, variables: { id: string }) => {
    expect(String(document)).toBe(String(RelationEdgeDocument));
    asked.push(variables.id);
    const ends = ENDS[variables.id];
    return { relation: ends ? { id: variables.id, from: { id: ends[0] }, to: { id: ends[1] } } : null };
  }) as unknown as Request;
  return { request, asked };
}

describe('the actors at the ends of relations', () => {
  it('are both ends of every relation, each actor once, in the order of the relations', async () => {
    const { request } = answering();
    expect(await loadRelationEnds(['atlantis-threatens-mu', 'mu-aids-lemuria'], request)).toEqual([
      'atlantis',
      'mu',
      'lemuria',
    ]);
  });

  it('ask once per relation, and add nothing for an id the API does not know', async () => {
    const { request, asked } = answering();
    expect(await loadRelationEnds(['mu-aids-lemuria', 'mu-aids-lemuria', 'not-a-relation'], request)).toEqual([
      'mu',
      'lemuria',
    ]);
    expect(asked).toEqual(['mu-aids-lemuria', 'not-a-relation']);
  });
});
