import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseRows, type RecordQuery } from '../../server/db/record-query.ts';
import { actorRecord, evidenceRecord, relationRecord } from '../../server/db/records.ts';

/** A query as the boundary sees it; parsing needs only its name and its row schema. */
function queryOf<S extends z.ZodType>(name: string, row: S): RecordQuery<S> {
  return { name, text: 'RETURN 1', row };
}

const actors = queryOf('read/actors-by-id', z.object({ actor: actorRecord }));

describe('rows parsed into records at the database boundary', () => {
  it('gives an actor stored without aliases, country or degree an empty list, nulls and zero', () => {
    const [row] = parseRows(actors, [{ actor: { id: 'a-1', name: 'A', kind: 'STATE' } }]);
    expect(row?.actor).toEqual({
      id: 'a-1',
      name: 'A',
      kind: 'STATE',
      aliases: [],
      country: null,
      description: null,
      wikidata: null,
      degree: 0,
    });
  });

  it('drops the properties the API does not serve', () => {
    const [row] = parseRows(actors, [{ actor: { id: 'a-1', name: 'A', kind: 'STATE', aliasText: 'A B' } }]);
    expect(Object.keys(row?.actor ?? {})).not.toContain('aliasText');
  });

  it('refuses a row that does not fit, naming the query, the row and the field', () => {
    expect(() =>
      parseRows(actors, [
        { actor: { id: 'a-1', name: 'A', kind: 'STATE' } },
        { actor: { id: 'a-2', name: 'B', kind: 'STATE', aliases: 'B' } },
      ]),
    ).toThrow(/query "read\/actors-by-id" returned a row \(#2\) that does not fit its record: actor\.aliases: /);
  });

  it('refuses a value outside the vocabulary', () => {
    const relations = queryOf('read/relations-by-id', z.object({ relation: relationRecord }));
    const relation = {
      id: 'r-1',
      type: 'HUG',
      polarity: 'COOPERATIVE',
      intensity: 1,
      quad: 'VERBAL_COOPERATION',
      confidence: 0.5,
      status: 'REPORTED',
      fromId: 'a-1',
      toId: 'a-2',
    };
    expect(() => parseRows(relations, [{ relation }])).toThrow(/relation\.type: /);
  });

  it('reads an evidence without grading, flags or links as ungraded, not anonymous, not retracted', () => {
    const evidence = queryOf('read/evidence-by-id', z.object({ evidence: evidenceRecord }));
    const [row] = parseRows(evidence, [
      {
        evidence: {
          id: 'e-1',
          quote: 'q',
          attribution: 'x',
          stance: 'ASSERTS',
          status: 'REPORTED',
          confidence: 0.4,
          relationId: 'r-1',
          sourceId: 's-1',
        },
      },
    ]);
    expect(row?.evidence).toMatchObject({
      reliability: null,
      credibility: null,
      anonymous: false,
      retracted: false,
      citedSourceId: null,
      attributedToId: null,
    });
  });
});
