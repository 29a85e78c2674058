import { describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { seedDatabase } from '../../server/ingest/seed.ts';
import { bearer, useTestbed } from '../support/api-app.ts';
import { execute } from '../support/graphql-client.ts';

// The rules of docs/data-model.md "Merge rules", one finding of issue 14 at a time: what a later
// file, a curator's edit and a re-ingest may change, and what they must leave alone.

const graphSnapshot = cypherQuery('test/graph-snapshot');
const actorsById = cypherQuery('read/actors-by-id');
const relationsById = cypherQuery('read/relations-by-id');
const sourcesById = cypherQuery('read/sources-by-id');

const testbed = useTestbed();

async function readOne(query: ReturnType<typeof cypherQuery>, kind: string, id: string) {
  const [row] = await testbed.db.read(query, { ids: [id] });
  return row?.[kind] as Record<string, unknown> | undefined;
}

async function curate(query: string, variables: Record<string, unknown>, role: 'editor' | 'admin' = 'editor') {
  return execute(testbed.app, query, variables, bearer(role));
}

const evidence = (source: string, quote: string, extra: Record<string, unknown> = {}) => ({
  source,
  quote,
  attribution: 'a reporter',
  status: 'REPORTED',
  confidence: 0.6,
  ...extra,
});

/** A small world of invented actors, one source and one dated, placed event. */
const first = parseKnowledgeDocument({
  format: 'actorgraph/v1',
  sources: [
    {
      id: 'rules-wire',
      kind: 'REPORT',
      title: 'Harbour raid',
      publisher: 'Rules Wire',
      published: '2022-05-02',
      dateline: 'Portville',
      language: 'en',
      author: 'A. Writer',
    },
  ],
  actors: [
    {
      id: 'rules-north',
      name: 'Northland',
      kind: 'STATE',
      aliases: ['Northland Republic'],
      country: 'NO',
      wikidata: 'Q20',
      description: 'An invented northern state',
    },
    { id: 'rules-south', name: 'Southland', kind: 'STATE' },
    { id: 'rules-harbour', name: 'Portville harbour', kind: 'LOCATION' },
  ],
  relations: [
    {
      id: 'rules-north-raids-south',
      type: 'ATTACK',
      from: 'rules-north',
      to: 'rules-south',
      mode: 'naval raid',
      summary: 'Northland raids the harbour.',
      location: 'rules-harbour',
      when: { date: '2022-05', asWritten: 'early in May' },
      evidence: [evidence('rules-wire', 'Northern boats raided the harbour')],
    },
  ],
});

describe('a later file that restates known things (finding 1)', () => {
  it('keeps the date, place, summary and mode of a relation restated without them', async () => {
    await ingestDocument(testbed.db, first);
    await ingestDocument(
      testbed.db,
      parseKnowledgeDocument({
        format: 'actorgraph/v1',
        sources: [{ id: 'rules-second', title: 'Second report', publisher: 'Other Paper' }],
        relations: [
          {
            id: 'rules-north-raids-south',
            type: 'ATTACK',
            from: 'rules-north',
            to: 'rules-south',
            evidence: [evidence('rules-second', 'The raid was confirmed by the port authority')],
          },
        ],
      }),
    );
    expect(await readOne(relationsById, 'relation', 'rules-north-raids-south')).toMatchObject({
      validFrom: '2022-05-01',
      datePrecision: 'MONTH',
      isEvent: true,
      dateAsWritten: 'early in May',
      mode: 'naval raid',
      summary: 'Northland raids the harbour.',
      locationId: 'rules-harbour',
      evidenceCount: 2,
    });
  });

  it('keeps the country, Wikidata id, description and aliases of an actor restated with only its name and kind', async () => {
    await ingestDocument(testbed.db, first);
    await ingestDocument(
      testbed.db,
      parseKnowledgeDocument({
        format: 'actorgraph/v1',
        actors: [{ id: 'rules-north', name: 'Northland', kind: 'STATE' }],
      }),
    );
    expect(await readOne(actorsById, 'actor', 'rules-north')).toMatchObject({
      country: 'NO',
      wikidata: 'Q20',
      description: 'An invented northern state',
      aliases: ['Northland Republic'],
    });
  });

  it('keeps the kind, date, dateline, language and author of a source restated with only its title and publisher', async () => {
    await ingestDocument(testbed.db, first);
    await ingestDocument(
      testbed.db,
      parseKnowledgeDocument({
        format: 'actorgraph/v1',
        sources: [{ id: 'rules-wire', title: 'Harbour raid', publisher: 'Rules Wire' }],
      }),
    );
    expect(await readOne(sourcesById, 'source', 'rules-wire')).toMatchObject({
      kind: 'REPORT',
      published: '2022-05-02',
      publishedPrecision: 'DAY',
      dateline: 'Portville',
      language: 'en',
      author: 'A. Writer',
    });
  });
});

describe('evidence identity (finding 2)', () => {
  const relationWith = (id: string, items: unknown[]) => ({
    id,
    type: 'ACCUSE',
    from: 'rules-south',
    to: 'rules-north',
    evidence: items,
  });

  it('refuses two relations of one file sharing an evidence id, naming the second, and writes nothing', async () => {
    await ingestDocument(testbed.db, first);
    const before = await testbed.db.read(graphSnapshot);
    const doc = parseKnowledgeDocument({
      format: 'actorgraph/v1',
      relations: [
        relationWith('rules-accuse-one', [
          evidence('rules-wire', 'Southland blamed the north', { id: 'rules-shared' }),
        ]),
        relationWith('rules-accuse-two', [
          evidence('rules-wire', 'The north denied it all', { id: 'rules-shared', stance: 'DENIES' }),
        ]),
      ],
    });
    await expect(ingestDocument(testbed.db, doc)).rejects.toThrow(
      /relations\[1\]\.evidence\[0\]\.id: evidence "rules-shared" is already relations\[0\]\.evidence\[0\]/,
    );
    expect(await testbed.db.read(graphSnapshot)).toEqual(before);
  });

  it('refuses a file that reuses a stored evidence id for another relation and quote, and writes nothing', async () => {
    await ingestDocument(testbed.db, first);
    await ingestDocument(
      testbed.db,
      parseKnowledgeDocument({
        format: 'actorgraph/v1',
        relations: [
          relationWith('rules-accuse-three', [evidence('rules-wire', 'A first accusation', { id: 'rules-kept' })]),
        ],
      }),
    );
    const before = await testbed.db.read(graphSnapshot);
    const reuse = parseKnowledgeDocument({
      format: 'actorgraph/v1',
      relations: [
        relationWith('rules-accuse-four', [
          evidence('rules-wire', 'Something else entirely', { id: 'rules-kept', stance: 'DENIES' }),
        ]),
      ],
    });
    await expect(ingestDocument(testbed.db, reuse)).rejects.toThrow(
      /relations\[0\]\.evidence\[0\]\.id: evidence "rules-kept" is already bound to relation "rules-accuse-three"/,
    );
    expect(await testbed.db.read(graphSnapshot)).toEqual(before);
  });

  it('treats restating the same evidence under its id as a no-op', async () => {
    const doc = parseKnowledgeDocument({
      format: 'actorgraph/v1',
      relations: [relationWith('rules-accuse-five', [evidence('rules-wire', 'Restated quote', { id: 'rules-same' })])],
    });
    await ingestDocument(testbed.db, first);
    await ingestDocument(testbed.db, doc);
    const before = await testbed.db.read(graphSnapshot);
    await ingestDocument(testbed.db, doc);
    expect(await testbed.db.read(graphSnapshot)).toEqual(before);
  });
});

const UPDATE_ACTOR =
  'mutation ($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id aliases description } }';
const CREATE_ACTOR = 'mutation ($input: CreateActorInput!) { createActor(input: $input) { id } }';
const MERGE = 'mutation ($keepId: ID!, $mergeId: ID!) { mergeActors(keepId: $keepId, mergeId: $mergeId) { id } }';

describe('a curator outranks a re-ingest (finding 5)', () => {
  it('keeps a curated description and a removed alias when the seed is loaded again', async () => {
    const [pakistan] = await testbed.db.read(actorsById, { ids: ['pakistan'] });
    const aliases = (pakistan!['actor'] as { aliases: string[] }).aliases;
    const removed = aliases[0]!;
    const updated = await curate(UPDATE_ACTOR, {
      id: 'pakistan',
      input: { description: 'Described by a curator', aliases: aliases.slice(1) },
    });
    expect(updated.errors).toBeUndefined();
    const before = await testbed.db.read(graphSnapshot);

    await seedDatabase(testbed.db);

    expect(await testbed.db.read(graphSnapshot)).toEqual(before);
    const after = await readOne(actorsById, 'actor', 'pakistan');
    expect(after?.['description']).toBe('Described by a curator');
    expect(after?.['aliases']).not.toContain(removed);
  });

  it('keeps the description and Wikidata id a merge carried over when the file is loaded again', async () => {
    const doc = parseKnowledgeDocument({
      format: 'actorgraph/v1',
      actors: [{ id: 'rules-kept-state', name: 'Kept State', kind: 'STATE' }],
    });
    await ingestDocument(testbed.db, doc);
    await curate(CREATE_ACTOR, {
      input: {
        id: 'rules-twin-state',
        name: 'Twin State',
        kind: 'STATE',
        description: 'From the twin',
        wikidata: 'Q77',
      },
    });
    const merged = await curate(MERGE, { keepId: 'rules-kept-state', mergeId: 'rules-twin-state' }, 'admin');
    expect(merged.errors).toBeUndefined();
    const before = await testbed.db.read(graphSnapshot);

    await ingestDocument(testbed.db, doc);

    expect(await testbed.db.read(graphSnapshot)).toEqual(before);
    expect(await readOne(actorsById, 'actor', 'rules-kept-state')).toMatchObject({
      description: 'From the twin',
      wikidata: 'Q77',
    });
  });
});

describe('a merged id stays reserved (finding 6)', () => {
  async function mergeTwins(keepId: string, mergeId: string) {
    await curate(CREATE_ACTOR, { input: { id: keepId, name: `Kept ${keepId}`, kind: 'ORGANISATION' } });
    await curate(CREATE_ACTOR, { input: { id: mergeId, name: `Merged ${mergeId}`, kind: 'ORGANISATION' } });
    expect((await curate(MERGE, { keepId, mergeId }, 'admin')).errors).toBeUndefined();
  }

  it('refuses createActor with a merged id, naming the kept actor', async () => {
    await mergeTwins('rules-keep-a', 'rules-gone-a');
    const result = await curate(CREATE_ACTOR, { input: { id: 'rules-gone-a', name: 'Again', kind: 'ORGANISATION' } });
    expect(result.errors?.[0]?.message).toBe(
      'input.id: actor "rules-gone-a" was merged into "rules-keep-a"; change "rules-keep-a" with updateActor, or choose another id',
    );
    expect(await readOne(actorsById, 'actor', 'rules-gone-a')).toBeUndefined();
  });

  it('sends addRelation with a merged id to the kept actor, as a file would', async () => {
    await mergeTwins('rules-keep-b', 'rules-gone-b');
    const result = await curate(
      'mutation ($input: AddRelationInput!) { addRelation(input: $input) { from { id } to { id } } }',
      {
        input: {
          id: 'rules-gone-b-praises-south',
          type: 'SUPPORT',
          from: 'rules-gone-b',
          to: 'rules-south',
          evidence: [evidence('rules-wire', 'The organisation supported Southland')],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!['addRelation']).toEqual({ from: { id: 'rules-keep-b' }, to: { id: 'rules-south' } });
  });

  it('answers actor(id:) of a merged id with the kept actor', async () => {
    await mergeTwins('rules-keep-c', 'rules-gone-c');
    const result = await execute(testbed.app, '{ actor(id: "rules-gone-c") { id } }');
    expect(result.data).toEqual({ actor: { id: 'rules-keep-c' } });
  });
});

const ADD_EVIDENCE =
  'mutation ($relationId: ID!, $input: EvidenceInput!) { addEvidence(relationId: $relationId, input: $input) { id } }';

describe('the smaller rules (finding 9)', () => {
  it('writes one piece of evidence for ten identical addEvidence calls at once, refusing the others as a second call is', async () => {
    await ingestDocument(testbed.db, first);
    const countEvidence = async () =>
      (await readOne(relationsById, 'relation', 'rules-north-raids-south'))?.['evidenceCount'] as number;
    const before = await countEvidence();
    const input = evidence('rules-wire', 'Ten callers sent this quote at once');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => curate(ADD_EVIDENCE, { relationId: 'rules-north-raids-south', input })),
    );
    const sequential = await curate(ADD_EVIDENCE, { relationId: 'rules-north-raids-south', input });
    expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
    for (const result of results.filter((item) => item.errors !== undefined))
      expect(result.errors![0]!.message).toBe(sequential.errors![0]!.message);
    expect(await countEvidence()).toBe(before + 1);
  });

  it("refuses a file's relation from an actor to itself with addRelation's message", () => {
    expect(() =>
      parseKnowledgeDocument({
        format: 'actorgraph/v1',
        relations: [
          {
            id: 'rules-self',
            type: 'SUPPORT',
            from: 'rules-north',
            to: 'rules-north',
            evidence: [evidence('rules-wire', 'x')],
          },
        ],
      }),
    ).toThrow(/relations\[0\]\.to: must differ from from \(a relation ties two different actors\)/);
  });

  it('refuses addRelation from an actor to itself with the same message', async () => {
    const result = await curate('mutation ($input: AddRelationInput!) { addRelation(input: $input) { id } }', {
      input: { type: 'SUPPORT', from: 'rules-north', to: 'rules-north', evidence: [evidence('rules-wire', 'x')] },
    });
    expect(result.errors?.[0]?.message).toBe('input.to: must differ from from (a relation ties two different actors)');
  });

  it('refuses a 200,000-character name in a file, naming the field', () => {
    expect(() =>
      parseKnowledgeDocument({
        format: 'actorgraph/v1',
        actors: [{ id: 'rules-long', name: 'N'.repeat(200_000), kind: 'STATE' }],
      }),
    ).toThrow(/actors\[0\]\.name: must be at most \d+ characters/);
  });

  it('refuses a 200,000-character name in createActor, naming the field', async () => {
    const result = await curate(CREATE_ACTOR, {
      input: { id: 'rules-long', name: 'N'.repeat(200_000), kind: 'STATE' },
    });
    expect(result.errors?.[0]?.extensions?.['field']).toBe('input.name');
    expect(result.errors?.[0]?.message).toMatch(/^input\.name: must be at most \d+ characters/);
  });

  it('refuses a retracted quote added again, saying when and why it was retracted', async () => {
    await ingestDocument(testbed.db, first);
    const input = evidence('rules-wire', 'A quote that was later withdrawn');
    const added = await curate(ADD_EVIDENCE, { relationId: 'rules-north-raids-south', input });
    const id = String(added.data!['addEvidence'].id);
    await curate('mutation ($id: ID!, $reason: String) { retractEvidence(id: $id, reason: $reason) { id } }', {
      id,
      reason: 'the paper corrected it',
    });
    const again = await curate(ADD_EVIDENCE, { relationId: 'rules-north-raids-south', input });
    expect(again.errors?.[0]?.message).toMatch(
      new RegExp(`evidence "${id}" was retracted on \\d{4}-\\d{2}-\\d{2}T[^ ]+ \\(the paper corrected it\\)`),
    );
  });
});
