/**
 * Prints the gold-set figures for the docs: `npx tsx test/gold/report.ts [--articles]`.
 * The known actors come straight from test/gold/known-actors.yaml (no database needed); the
 * integration test `extraction-gold.test.ts` reads the same actors back from Neo4j instead.
 * Progress and the table go to stderr and stdout respectively, so the table can be redirected.
 */
import { parseArgs } from 'node:util';
import { createExtractor } from '../../server/extraction/create-extractor.ts';
import { createCachedCoreNlpEngine } from './cached-engine.ts';
import { evaluateGoldSet } from './evaluate-gold-set.ts';
import { formatArticleLines, formatFigureTable } from './format-figures.ts';
import { loadGoldSet, loadKnownActorsDocument, toKnownActors } from './gold-set.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'boolean', default: false },
    cache: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    'Usage: npx tsx test/gold/report.ts [--articles] [--cache DIR]\n' +
      '  --articles   also print what each tune article missed (never the held-out or fresh ones)\n' +
      "  --cache DIR  keep the engine's output per article in DIR, to re-run the extractor's rules without the engine\n",
  );
  process.exit(0);
}

const knownActors = toKnownActors(await loadKnownActorsDocument());
const goldSet = await loadGoldSet();
const extractor = createExtractor({
  knownActors: () => Promise.resolve(knownActors),
  ...(values.cache ? { engine: createCachedCoreNlpEngine(values.cache) } : {}),
});
try {
  process.stderr.write(`extracting ${goldSet.length} gold articles ...\n`);
  const evaluation = await evaluateGoldSet(extractor, goldSet, knownActors);
  process.stdout.write(`${formatFigureTable(evaluation)}\n`);
  if (values.articles) process.stdout.write(`\n${formatArticleLines(evaluation)}\n`);
} catch (error) {
  process.stderr.write(`could not run the gold set: ${(error as Error).message}\n`);
  process.exitCode = 2;
} finally {
  await extractor.close();
}
