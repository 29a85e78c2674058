// npm run --silent extract -- [--date YYYY-MM-DD] [--publisher NAME] [--title TEXT] [--out draft.yaml] FILE...
// Proposes a draft (actors, relations, evidence) for each article; `-` reads standard input.
// One file prints one JSON object; several print one JSON object per line, "file" first.
// --out also writes the draft as an actorgraph/v1 knowledge file to review and load with
// `npm run ingest` (with several articles, --out names a folder: one file per article).
// The NLP engine starts on first use and stays warm (npm run nlp:stop ends it). Known actors
// come from the configured Neo4j when it is reachable; without one, every actor is new.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { neo4jStatus, readPassword } from '../../neo4j-launcher/neo4j-launcher.ts';
import { readConfig } from '../config.ts';
import { createDatabase, type Database } from '../db/database.ts';
import { createExtractor, loadKnownActors } from '../extraction/create-extractor.ts';
import type { ArticleMeta } from '../extraction/draft.ts';
import type { KnownActor } from '../extraction/extractor.ts';
import { writeDraftAsKnowledgeFile } from './extract-out.ts';
import { runCli } from './run-cli.ts';

const USAGE =
  'usage: npm run --silent extract -- [--date YYYY-MM-DD] [--publisher NAME] [--title TEXT] [--out draft.yaml] FILE... ' +
  '(- reads stdin; with several files --out is a folder)';

await runCli(async () => {
  const { values, positionals } = readArguments(process.argv.slice(2).filter((arg) => arg !== '--'));
  if (positionals.length === 0) throw new Error(USAGE);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new Error(`actorgraph: --date must be YYYY-MM-DD, got "${values.date}"`);
  }
  const meta: ArticleMeta = { date: values.date, publisher: values.publisher, title: values.title };
  const outFor = planOutputs(values.out, positionals);
  const known = await readKnownActors();
  const extractor = createExtractor({ knownActors: () => Promise.resolve(known) });
  try {
    for (const file of positionals) {
      const text = file === '-' ? readFileSync(0, 'utf8') : readArticle(file);
      const draft = await extractor.extract(text, meta);
      console.log(positionals.length === 1 ? JSON.stringify(draft, null, 2) : JSON.stringify({ file, ...draft }));
      const out = outFor(file);
      if (out) {
        await writeDraftAsKnowledgeFile(draft, { ...meta, text }, out);
        process.stderr.write(`actorgraph: wrote ${out} (review it, then npm run ingest -- ${out})\n`);
      }
    }
  } finally {
    await extractor.close();
  }
});

function readArguments(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        date: { type: 'string' },
        publisher: { type: 'string' },
        title: { type: 'string' },
        out: { type: 'string' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new Error(`actorgraph: ${(error as Error).message}\n${USAGE}`, { cause: error });
  }
}

/** Where each article's knowledge file goes: the --out file for one, a file per article in the --out folder for several. */
function planOutputs(out: string | undefined, files: readonly string[]): (file: string) => string | null {
  if (out === undefined) return () => null;
  if (files.length === 1) return () => out;
  mkdirSync(out, { recursive: true });
  const taken = new Set<string>();
  return (file) => {
    const stem = file === '-' ? 'stdin' : basename(file, extname(file));
    let name = `${stem}.yaml`;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.yaml`;
    taken.add(name);
    return join(out, name);
  };
}

function readArticle(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`actorgraph: cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** The graph's actors from NEO4J_URI, or from the local Neo4j if it is running; none otherwise (said on stderr). */
async function readKnownActors(): Promise<readonly KnownActor[]> {
  const config = readConfig();
  let database: Database | null = null;
  let where: string;
  if (config.externalDatabase) {
    database = createDatabase(config.externalDatabase);
    where = config.externalDatabase.uri;
  } else {
    const status = neo4jStatus(config.dataDir);
    const password = status.running ? readPassword(status.dataDir) : null;
    where = `the local Neo4j (${config.dataDir})`;
    if (status.running && password !== null) database = createDatabase({ uri: status.uri, user: 'neo4j', password });
  }
  if (!database) {
    process.stderr.write(`actorgraph: ${where} is not running: no known actors, every actor in the draft is new.\n`);
    return [];
  }
  try {
    return await loadKnownActors(database);
  } catch (error) {
    process.stderr.write(
      `actorgraph: ${where} is not reachable (${(error as Error).message}): no known actors, every actor in the draft is new.\n`,
    );
    return [];
  } finally {
    await database.close();
  }
}
