import { describe, expect, it } from 'vitest';
import { parseKnowledgeDocument, ingestDocument } from '../../server/ingest/ingest-document.ts';
import { countGraph } from '../../server/ingest/seed.ts';
import { execute } from '../support/graphql-client.ts';
import { bearer, useTestbed } from '../support/api-app.ts';

// Two invented reports of one meeting, by different outlets, each file with its own relation id;
// then a syndicated copy of the first report; then a report of another meeting a month later.
const actors = [
  { id: 'northland', name: 'Northland', kind: 'STATE' },
  { id: 'southland', name: 'Southland', kind: 'STATE' },
];

function report(relationId: string, source: Record<string, string>, date: string, quote: string) {
  return parseKnowledgeDocument({
    format: 'actorgraph/v1',
    sources: [source],
    actors,
    relations: [
      {
        id: relationId,
        type: 'CONSULT',
        from: 'northland',
        to: 'southland',
        when: { date },
        evidence: [
          { source: source['id'], quote, attribution: source['publisher'], status: 'REPORTED', confidence: 0.6 },
        ],
      },
    ],
  });
}

const firstReport = report(
  'northland-meets-southland',
  {
    id: 'first-daily-talks',
    title: 'Ministers meet at the border',
    publisher: 'First Daily',
    url: 'https://first.example/talks',
  },
  '2022-05-10',
  'the two foreign ministers met at the border crossing',
);
const secondReport = report(
  'northland-southland-talks',
  {
    id: 'second-herald-talks',
    title: 'Border talks held',
    publisher: 'Second Herald',
    url: 'https://herald.example/border',
  },
  '2022-05-11',
  'talks between the neighbours took place on Tuesday',
);
const syndicatedCopy = report(
  'northland-talks-syndicated',
  {
    id: 'aggregator-copy-of-first-daily',
    title: 'Ministers meet at the border',
    publisher: 'First Daily',
    url: 'https://www.first.example/talks/?utm_source=aggregator',
  },
  '2022-05-10',
  'the two foreign ministers met at the border crossing on Monday',
);
const laterMeeting = report(
  'northland-southland-june-talks',
  { id: 'second-herald-june', title: 'Talks resume', publisher: 'Second Herald', url: 'https://herald.example/june' },
  '2022-06-20',
  'the neighbours met again',
);

const testbed = useTestbed(async () => undefined);

interface CorroboratedRelation {
  id: string;
  evidenceCount: number;
  independentSources: number;
  evidence: { source: { id: string } }[];
}

async function consultations(): Promise<CorroboratedRelation[]> {
  const result = await execute<{ relations: { nodes: CorroboratedRelation[] } }>(
    testbed.app,
    `{ relations(filter: { types: [CONSULT] }) { nodes { id evidenceCount independentSources evidence { source { id } } } } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.relations.nodes;
}

describe('corroboration of one event reported by several sources', () => {
  it('makes two knowledge files that report the same event from different sources one relation with two sources', async () => {
    await ingestDocument(testbed.db, firstReport);
    const report = await ingestDocument(testbed.db, secondReport);
    expect(report).toMatchObject({ corroborated: 1, relationIds: ['northland-meets-southland'] });
    const [relation, ...others] = await consultations();
    expect(others).toEqual([]);
    expect(relation).toMatchObject({ id: 'northland-meets-southland', evidenceCount: 2, independentSources: 2 });
    expect(relation!.evidence.map((item) => item.source.id).sort()).toEqual([
      'first-daily-talks',
      'second-herald-talks',
    ]);
  });

  it('counts a copy of one story once', async () => {
    await ingestDocument(testbed.db, syndicatedCopy);
    const [relation, ...others] = await consultations();
    expect(others).toEqual([]);
    expect(relation).toMatchObject({ evidenceCount: 3, independentSources: 2 });
  });

  it('changes nothing when the corroborating file is loaded again', async () => {
    const before = await countGraph(testbed.db);
    await ingestDocument(testbed.db, secondReport);
    expect(await countGraph(testbed.db)).toEqual(before);
  });

  it("keeps a meeting outside the type's window apart", async () => {
    await ingestDocument(testbed.db, laterMeeting);
    const relations = await consultations();
    expect(relations.map((relation) => [relation.id, relation.independentSources]).sort()).toEqual([
      ['northland-meets-southland', 2],
      ['northland-southland-june-talks', 1],
    ]);
  });

  it('adds a report made through addRelation to the relation it corroborates', async () => {
    await ingestDocument(
      testbed.db,
      parseKnowledgeDocument({
        format: 'actorgraph/v1',
        sources: [{ id: 'third-post-talks', title: 'Neighbours talk', publisher: 'Third Post' }],
      }),
    );
    const result = await execute<{ addRelation: { id: string; independentSources: number } }>(
      testbed.app,
      `mutation { addRelation(input: { type: CONSULT, from: "northland", to: "southland", when: { date: "2022-05-12" },
         evidence: [{ source: "third-post-talks", quote: "the ministers spoke", attribution: "Third Post",
                      status: REPORTED, confidence: 0.5 }] }) { id independentSources } }`,
      {},
      bearer('editor'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.addRelation).toEqual({ id: 'northland-meets-southland', independentSources: 3 });
  });
});
