// npm run --silent extract -- [--date YYYY-MM-DD] [--publisher NAME] [--title TEXT] FILE...
// Proposes a draft (actors, relations, evidence) for each article; `-` reads standard input.
// One file prints one JSON object; several print one JSON object per line, "file" first.
// The NLP engine starts on first use and stays warm (npm run nlp:stop ends it). Known actors
// come from the configured Neo4j when it is reachable; without one, every actor is new.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { neo4jStatus, readPassword } from '../../neo4j-launcher/neo4j-launcher.ts';
import { readConfig } from '../config.ts';
import { createDatabase, type Database } from '../db/database.ts';
import { createExtractor, loadKnownActors } from '../extraction/create-extractor.ts';
import type { ArticleMeta } from '../extraction/draft.ts';
import type { KnownActor } from '../extraction/extractor.ts';
import { runCli } from './run-cli.ts';

const USAGE =
  'usage: npm run --silent extract -- [--date YYYY-MM-DD] [--publisher NAME] [--title TEXT] FILE... (- reads stdin)';

await runCli(async () => {
  const { values, positionals } = readArguments(process.argv.slice(2).filter((arg) => arg !== '--'));
  if (positionals.length === 0) throw new Error(USAGE);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new Error(`actorgraph: --date must be YYYY-MM-DD, got "${values.date}"`);
  }
  const meta: ArticleMeta = { date: values.date, publisher: values.publisher, title: values.title };
  const known = await readKnownActors();
  const extractor = createExtractor({ knownActors: () => Promise.resolve(known) });
  try {
    for (const file of positionals) {
      const text = file === '-' ? readFileSync(0, 'utf8') : readArticle(file);
      const draft = await extractor.extract(text, meta);
      console.log(positionals.length === 1 ? JSON.stringify(draft, null, 2) : JSON.stringify({ file, ...draft }));
    }
  } finally {
    await extractor.close();
  }
});

function readArguments(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { date: { type: 'string' }, publisher: { type: 'string' }, title: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new Error(`actorgraph: ${(error as Error).message}\n${USAGE}`, { cause: error });
  }
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
