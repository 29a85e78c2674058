import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { countGraph } from '../../server/ingest/seed.ts';
import { runNpmScript } from '../support/run-npm.ts';
import { openSeededDatabase } from '../support/test-database.ts';

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openSeededDatabase();
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-ingest-'));
});

afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs `npm run ingest -- FILE...` against the test database, as a user would. */
const ingest = (...files: string[]) => runNpmScript('ingest', files);

// An invented report that builds on actors the seed already holds.
const laterReport = `format: actorgraph/v1
sources:
  - id: example-daily-2020-02
    title: Example Daily on talks between Islamabad and Tehran
    publisher: Example Daily
    published: 2020-02
actors:
  - id: example-border-commission
    name: Example Border Commission
    kind: GOVERNMENT_BODY
relations:
  - id: pakistan-consults-iran-on-border
    type: CONSULT
    from: pakistan
    to: iran
    when: { date: 2020-02 }
    evidence:
      - source: example-daily-2020-02
        quote: officials of both countries met to discuss the border
        attribution: Example Daily, citing officials
        status: REPORTED
        confidence: 0.6
`;

describe('npm run ingest', () => {
  it('loads a later report that refers to actors already in the graph', async () => {
    const file = join(dir, 'later-report.yaml');
    await writeFile(file, laterReport);
    const before = await countGraph(db);
    const result = await ingest(file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 sources, 1 actors, 1 relations, 1 evidence');
    expect(await countGraph(db)).toEqual({
      actors: before.actors + 1,
      relations: before.relations + 1,
      evidence: before.evidence + 1,
      sources: before.sources + 1,
    });
  });

  it('refuses a bad file with every problem named, exits 1 and writes nothing', async () => {
    const file = join(dir, 'bad-report.yaml');
    await writeFile(
      file,
      laterReport
        .replace('id: pakistan-consults-iran-on-border', 'id: pakistan-consults-atlantis')
        .replace('to: iran', 'to: atlantis')
        .replace('confidence: 0.6', 'confidence: 1.6'),
    );
    const before = await countGraph(db);
    const result = await ingest(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('relations[0].evidence[0].confidence');
    expect(await countGraph(db)).toEqual(before);

    await writeFile(file, laterReport.replace('to: iran', 'to: atlantis'));
    const unknown = await ingest(file);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      'relations[0].to: unknown actor "atlantis": define it in this file or load it first',
    );
    expect(await countGraph(db)).toEqual(before);
  });

  it('says how to use it when no file is given', async () => {
    const result = await ingest();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('usage: npm run ingest -- FILE.yaml [FILE.json ...]');
  });
});
