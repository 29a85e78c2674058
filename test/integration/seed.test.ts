import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { countGraph, listKnowledgeFiles, seedDatabase, SEED_DIR } from '../../server/ingest/seed.ts';
import { ingestDocument, parseKnowledgeDocument, readKnowledgeFile } from '../../server/ingest/ingest-document.ts';
import { InvalidInputError } from '../../server/ingest/errors.ts';
import { openTestDatabase } from '../support/test-database.ts';

const snapshot = cypherQuery('test/graph-snapshot');
const relationsWithoutEvidence = cypherQuery('test/relations-without-evidence');
const relatesOutOfStep = cypherQuery('test/relates-out-of-step');
const constraintNames = cypherQuery('test/constraint-names');
const indexNames = cypherQuery('test/index-names');

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db);
});

afterAll(async () => {
  await db?.close();
});

describe('the seed', () => {
  it('loads the actors the design asks for', async () => {
    const rows = await db.read(snapshot);
    const actorIds = (rows[0]?.['actors'] as { id: string }[]).map((actor) => actor.id);
    for (const id of ['united-states', 'pakistan', 'iran', 'irgc', 'qassem-soleimani', 'baloch-militants']) {
      expect(actorIds).toContain(id);
    }
  });

  it('changes nothing when it runs a second time: same counts, same content', async () => {
    const before = await db.read(snapshot);
    const countsBefore = await countGraph(db);
    await seedDatabase(db);
    expect(await countGraph(db)).toEqual(countsBefore);
    expect(await db.read(snapshot)).toEqual(before);
  });

  it('gives every relation at least one piece of evidence with a quote and a source', async () => {
    expect(await db.read(relationsWithoutEvidence)).toEqual([]);
    const counts = await countGraph(db);
    expect(counts.relations).toBeGreaterThan(0);
    expect(counts.evidence).toBeGreaterThanOrEqual(counts.relations);
  });

  it('keeps every RELATES edge in step with its relation node', async () => {
    expect(await db.read(relatesOutOfStep)).toEqual([]);
  });

  it('quotes its source verbatim', async () => {
    // The seed article lies beside the project in ../shared; the quotes must occur in it.
    const article = join(process.cwd(), '..', 'shared', 'seed-article.txt');
    if (!existsSync(article)) return expect.soft(existsSync(article), `${article} not found`).toBe(true);
    const text = readFileSync(article, 'utf8').replace(/\s+/g, ' ');
    for (const file of await listKnowledgeFiles(SEED_DIR)) {
      const doc = await readKnowledgeFile(file);
      for (const relation of doc.relations) {
        for (const evidence of relation.evidence.filter((item) => item.source === 'seed-article')) {
          expect(text, `${relation.id}: "${evidence.quote}"`).toContain(evidence.quote.replace(/\s+/g, ' '));
        }
      }
    }
  });
});

describe('the schema', () => {
  it('has a uniqueness constraint for every merge key and the full-text index over names', async () => {
    const [constraints] = await db.read(constraintNames);
    expect(constraints?.['names']).toEqual(
      expect.arrayContaining(['actor_id', 'relation_id', 'evidence_id', 'source_id', 'relates_id']),
    );
    const [indexes] = await db.read(indexNames);
    expect(indexes?.['names']).toEqual(expect.arrayContaining(['actor_names']));
  });
});

describe('loading a bad file', () => {
  it('names the unknown actor and writes nothing at all', async () => {
    const before = await countGraph(db);
    const doc = parseKnowledgeDocument({
      format: 'actorgraph/v1',
      sources: [{ id: 'new-source', title: 'A new report', publisher: 'Example Wire' }],
      actors: [{ id: 'new-actor', name: 'New Actor', kind: 'ORGANISATION' }],
      relations: [
        {
          id: 'new-actor-aids-nobody',
          type: 'AID',
          from: 'new-actor',
          to: 'no-such-actor',
          evidence: [{ source: 'new-source', quote: 'q', attribution: 'a', status: 'REPORTED', confidence: 0.5 }],
        },
      ],
    });
    const failure = await ingestDocument(db, doc, 'bad.yaml').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidInputError);
    expect((failure as InvalidInputError).problems).toEqual([
      { path: 'relations[0].to', message: 'unknown actor "no-such-actor": define it in this file or load it first' },
    ]);
    expect(await countGraph(db)).toEqual(before);
  });

  it('may refer to actors and sources loaded by an earlier file', async () => {
    const doc = parseKnowledgeDocument({
      format: 'actorgraph/v1',
      relations: [
        {
          id: 'iran-accuses-united-states-test',
          type: 'ACCUSE',
          from: 'iran',
          to: 'united-states',
          when: { date: '2020-01-05' },
          evidence: [
            {
              source: 'seed-article',
              quote: 'an invented test quote',
              attribution: 'test',
              status: 'REPORTED',
              confidence: 0.5,
            },
          ],
        },
      ],
    });
    await expect(ingestDocument(db, doc)).resolves.toMatchObject({ relations: 1, evidence: 1 });
  });
});
