import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Database } from '../../server/db/database.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { draftSchema } from '../../server/extraction/draft.ts';
import { parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { runNpmScript } from '../support/run-npm.ts';
import { openSeededDatabase } from '../support/test-database.ts';

// `npm run extract` as an analyst uses it, on the real engine: a draft on standard output in its
// fixed shape, and with --out a knowledge file that `npm run ingest` loads, once.

const graphSnapshot = cypherQuery('test/graph-snapshot');
/** The first extraction may start the engine: 25-35 s of model loading, more on a busy machine. */
const ENGINE_START_MS = 180_000;

// Two short reports written for this test (facts of public record, our own words).
const ARTICLES = {
  'talks.txt': [
    'Pakistan and Iran agreed on Tuesday to open two new border markets, officials said.',
    'Pakistani Foreign Minister Bilawal Bhutto Zardari met his Iranian counterpart in Tehran last week.',
  ].join('\n'),
  'strike.txt': 'Israel struck a Hamas command post in Gaza on Sunday, the Israeli military said.',
};

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openSeededDatabase();
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-extract-'));
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(join(dir, name), text);
});

afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run extract', () => {
  it(
    'prints one draft in its fixed shape, and --out writes a knowledge file that loads once',
    { timeout: 300_000 },
    async () => {
      const out = join(dir, 'talks.yaml');
      const run = await runNpmScript(
        'extract',
        ['--date', '2023-05-18', '--publisher', 'Example Wire', '--out', out, join(dir, 'talks.txt')],
        {},
        ENGINE_START_MS,
      );
      expect(run.stderr).toContain(`wrote ${out}`);
      expect(run.code).toBe(0);
      const draft = draftSchema.parse(JSON.parse(run.stdout));
      const names = draft.actors.map((actor) => actor.name);
      expect(names).toEqual(expect.arrayContaining(['Pakistan', 'Iran']));
      // Known actors resolve to the graph's ids (the seed holds Pakistan and Iran).
      expect(draft.actors.find((actor) => actor.id === 'pakistan')?.existing).toBe(true);
      expect(draft.relations.length).toBeGreaterThan(0);
      const text = ARTICLES['talks.txt'];
      for (const relation of draft.relations) expect(text.slice(relation.start, relation.end)).toBe(relation.quote);

      const document = parseKnowledgeDocument(parseYaml(await readFile(out, 'utf8')), out);
      expect(document.relations.length).toBe(draft.relations.length);

      const first = await runNpmScript('ingest', [out]);
      expect(first.code).toBe(0);
      const after = await db.read(graphSnapshot);
      const again = await runNpmScript('ingest', [out]);
      expect(again.code).toBe(0);
      expect(await db.read(graphSnapshot)).toEqual(after);
    },
  );

  it(
    'prints one JSON object per line for several articles, each with its file first',
    { timeout: 300_000 },
    async () => {
      const files = Object.keys(ARTICLES).map((name) => join(dir, name));
      const run = await runNpmScript('extract', ['--date', '2023-05-18', ...files], {}, ENGINE_START_MS);
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(parsed.map((line) => line['file'])).toEqual(files);
      expect(Object.keys(parsed[0]!)[0]).toBe('file');
      for (const { file: _file, ...draft } of parsed) draftSchema.parse(draft);
    },
  );
});
