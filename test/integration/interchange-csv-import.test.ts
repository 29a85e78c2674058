import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { InvalidInputError } from '../../server/ingest/errors.ts';
import { refreshRelations } from '../../server/ingest/refresh-relations.ts';
import { countGraph } from '../../server/ingest/seed.ts';
import { contentChecksum } from '../../server/interchange/content-checksum.ts';
import { importCsvFolder } from '../../server/interchange/csv/import-csv.ts';
import { exportToPath } from '../../server/interchange/export/export-graph.ts';
import { readExportFilter } from '../../server/interchange/export/export-filter.ts';
import { openSeededDatabase, openTestDatabase } from '../support/test-database.ts';

let db: Database;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-csv-'));
});

afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens the test database anew, emptied (and seeded when asked). */
async function reopen(seeded: boolean): Promise<Database> {
  await db?.close();
  db = seeded ? await openSeededDatabase() : await openTestDatabase();
  return db;
}

describe('the CSV round trip', () => {
  beforeAll(async () => {
    await reopen(true);
    // A retracted piece of evidence travels too: marked, with its time and reason.
    const [row] = await db.read(cypherQuery('test/export-expectations'));
    const relationIds = row!['relationIds'] as string[];
    const [first] = (await db.read(cypherQuery('read/evidence-of-relations'), { relationIds })) as {
      evidence: { id: string; relationId: string };
    }[];
    await db.writeTransaction(async (tx) => {
      await tx.run(cypherQuery('write/retract-evidence'), { id: first!.evidence.id, reason: 'corrected' });
      await refreshRelations(tx, [first!.evidence.relationId]);
    });
  });

  // A whole seed written and loaded twice, in small batches, on a shared machine: minutes, not seconds.
  it(
    'loads the export of a seeded database into an empty one with the same content checksum',
    { timeout: 300_000 },
    async () => {
      const original = await contentChecksum(db);
      const originalSize = await countGraph(db);
      expect(originalSize.relations).toBeGreaterThan(10);

      const folder = join(dir, 'seed');
      await exportToPath(db, 'csv', readExportFilter({ includeRetracted: true }), folder);

      await reopen(false);
      expect((await countGraph(db)).relations).toBe(0);
      const summary = await importCsvFolder(db, folder, { batchSize: 25 });
      expect(summary.problems).toEqual([]);
      expect(summary.skipped).toBe(0);
      const rows = originalSize.actors + originalSize.relations + originalSize.evidence + originalSize.sources;
      expect(summary).toMatchObject({ rowsRead: rows, loaded: rows });

      expect(await countGraph(db)).toEqual(originalSize);
      expect(await contentChecksum(db)).toEqual(original);

      // Loading it again changes nothing.
      const again = await importCsvFolder(db, folder);
      expect(again).toMatchObject({ rowsRead: rows, loaded: rows, skipped: 0 });
      expect(await contentChecksum(db)).toEqual(original);
    },
  );

  it('tells two graphs apart when one property differs (the checksum can fail)', async () => {
    const before = await contentChecksum(db);
    // When records were written is bookkeeping, not content.
    await db.writeTransaction((tx) => tx.run(cypherQuery('test/backdate-records'), { at: '2000-01-01T00:00:00Z' }));
    expect((await contentChecksum(db)).checksum).toBe(before.checksum);
    const [row] = await db.read(cypherQuery('test/export-expectations'));
    const actorId = (row!['actorIds'] as string[])[0]!;
    await db.writeTransaction((tx) =>
      tx.run(cypherQuery('write/update-actor'), {
        id: actorId,
        changes: { description: 'a different description' },
        curated: ['description'],
        aliases: null,
      }),
    );
    expect((await contentChecksum(db)).checksum).not.toBe(before.checksum);
  });
});

// An invented folder in the export's layout: facts of our own, with three bad rows.
const ACTORS = `id,name,kind,country,aliases,wikidata,description
example-state,Example State,STATE,FR,"[""Exampleland""]",,
example-party,Example Party,POLITICAL_PARTY,,,,"A party, with a comma and a ""quote"" in its description"
example-bad,Example Bad,PLANET,,,,
`;
const SOURCES = `id,kind,title,publisher,url,published,publishedPrecision,author,language,dateline,description,cites
example-wire,ARTICLE,Example wire story,Example Wire,,2021-03-01,MONTH,,en,,,
`;
const RELATIONS = `id,type,from,to,polarity,intensity,validFrom,datePrecision,isEvent
example-support,SUPPORT,example-party,example-state,COOPERATIVE,3,2021-03-01,MONTH,true
example-orphan,ACCUSE,example-party,nobody-we-know,,,,,false
`;
const EVIDENCE = `id,relation,source,quote,attribution,status,confidence,retracted
,example-support,example-wire,"The party said it ""backs the state""",the party,REPORTED,0.6,false
,example-support,example-wire,"a broken row",the party,REPORTED
,example-orphan,example-wire,The party blamed someone,the party,ALLEGED,0.4,false
`;

async function writeFolder(name: string): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'actors.csv'), ACTORS);
  await writeFile(join(folder, 'sources.csv'), SOURCES);
  await writeFile(join(folder, 'relations.csv'), RELATIONS);
  await writeFile(join(folder, 'evidence.csv'), EVIDENCE);
  return folder;
}

describe('importCsvFolder on bad rows', () => {
  beforeAll(async () => {
    await reopen(false);
  });

  it('with strict, refuses the whole folder on one bad row and writes nothing', async () => {
    const folder = await writeFolder('strict');
    const error = await importCsvFolder(db, folder, { strict: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toContain('actors.csv:4');
    expect(await countGraph(db)).toEqual({ actors: 0, relations: 0, evidence: 0, sources: 0 });
  });

  it('reports each bad row with its file and line, skips it and what needs it, and loads the rest', async () => {
    const folder = await writeFolder('lenient');
    const summary = await importCsvFolder(db, folder);
    expect(summary.problems).toEqual([
      { file: 'actors.csv', line: 4, message: expect.stringContaining('kind') },
      { file: 'relations.csv', line: 3, message: 'refers to unknown actors nobody-we-know' },
      { file: 'evidence.csv', line: 3, message: 'has 6 fields, the header has 8' },
      { file: 'evidence.csv', line: 4, message: 'refers to unknown relation example-orphan' },
    ]);
    expect(summary).toMatchObject({ rowsRead: 9, skipped: 4, loaded: 5 });
    expect(await countGraph(db)).toEqual({ actors: 2, relations: 1, evidence: 1, sources: 1 });

    const [row] = await db.read(cypherQuery('test/graph-snapshot'));
    const actors = row!['actors'] as { id: string; aliases: string[]; description: string | null }[];
    expect(actors.find((actor) => actor.id === 'example-state')?.aliases).toEqual(['Exampleland']);
    expect(actors.find((actor) => actor.id === 'example-party')?.description).toBe(
      'A party, with a comma and a "quote" in its description',
    );
    const relations = row!['relations'] as Record<string, unknown>[];
    expect(relations[0]).toMatchObject({
      id: 'example-support',
      validFrom: '2021-03-01',
      datePrecision: 'MONTH',
      isEvent: true,
      status: 'REPORTED',
      evidenceCount: 1,
    });

    const checksum = await contentChecksum(db);
    await importCsvFolder(db, folder);
    expect(await contentChecksum(db)).toEqual(checksum);
  });

  it('refuses a file whose header names unknown columns, writing nothing', async () => {
    const folder = join(dir, 'bad-header');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'actors.csv'), 'id,name,kind,colour\nexample-new,Example New,STATE,blue\n');
    const before = await countGraph(db);
    await expect(importCsvFolder(db, folder)).rejects.toThrow(/actors\.csv: has unknown columns colour/);
    expect(await countGraph(db)).toEqual(before);
  });
});
