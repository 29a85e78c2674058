import { describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { countGraph } from '../../server/ingest/seed.ts';
import { bearer, useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

const snapshot = cypherQuery('test/graph-snapshot');

// Two entries for one invented state, as two reporters might spell it, and a relation on each.
const duplicates = parseKnowledgeDocument({
  format: 'actorgraph/v1',
  sources: [{ id: 'merge-wire', title: 'A wire story about Atlantis', publisher: 'Example Wire' }],
  actors: [
    { id: 'atlantis', name: 'Atlantis', kind: 'STATE' },
    { id: 'atlantic-republic', name: 'Atlantic Republic', kind: 'STATE', aliases: ['Poseidonia'] },
    { id: 'lemuria', name: 'Lemuria', kind: 'STATE' },
  ],
  relations: [
    {
      id: 'atlantic-republic-threatens-lemuria',
      type: 'THREATEN',
      from: 'atlantic-republic',
      to: 'lemuria',
      when: { date: '2021-03' },
      evidence: [
        {
          source: 'merge-wire',
          quote: 'the republic warned its neighbour',
          attribution: 'officials',
          attributedTo: 'atlantic-republic',
          status: 'REPORTED',
          confidence: 0.6,
        },
      ],
    },
    {
      id: 'lemuria-accuses-atlantis',
      type: 'ACCUSE',
      from: 'lemuria',
      to: 'atlantis',
      when: { date: '2021-04' },
      evidence: [
        {
          source: 'merge-wire',
          quote: 'Lemuria blamed Atlantis',
          attribution: 'Lemurian officials',
          status: 'REPORTED',
          confidence: 0.7,
        },
      ],
    },
  ],
});

const testbed = useTestbed((db) => ingestDocument(db, duplicates));

describe('loading a file again after two of its actors were merged', () => {
  it('keeps the merge: the old id lands on the kept actor, its names become aliases, nothing comes back', async () => {
    const merged = await execute(
      testbed.app,
      'mutation { mergeActors(keepId: "atlantis", mergeId: "atlantic-republic") { id aliases } }',
      {},
      bearer('admin'),
    );
    expect(merged.errors).toBeUndefined();
    const afterMerge = { size: await countGraph(testbed.db), graph: await testbed.db.read(snapshot) };

    await ingestDocument(testbed.db, duplicates);

    expect(await countGraph(testbed.db)).toEqual(afterMerge.size);
    expect(await testbed.db.read(snapshot)).toEqual(afterMerge.graph);
    const result = await execute(
      testbed.app,
      `{ gone: actor(id: "atlantic-republic") { id }
         kept: actor(id: "atlantis") { aliases relations { nodes { id from { id } to { id } evidence { attributedTo { id } } } } } }`,
    );
    expect(result.data!['gone']).toEqual({ id: 'atlantis' });
    expect(result.data!['kept'].aliases).toEqual(expect.arrayContaining(['Atlantic Republic', 'Poseidonia']));
    const threat = result.data!['kept'].relations.nodes.find(
      (r: { id: string }) => r.id === 'atlantic-republic-threatens-lemuria',
    );
    expect(threat).toMatchObject({
      from: { id: 'atlantis' },
      to: { id: 'lemuria' },
      evidence: [{ attributedTo: { id: 'atlantis' } }],
    });
  });

  it('finds the kept actor by the merged name', async () => {
    const result = await execute(testbed.app, '{ actors(search: "Poseidonia") { nodes { id } } }');
    expect(result.data!['actors'].nodes).toEqual([{ id: 'atlantis' }]);
  });
});
