// npm run bench [-- --scale small|medium|large] [--skip-browser] [--skip-peer] [--skip-analyses]
// actorgraph's one benchmark (bench/README.md): builds a deterministic graph of the scale (about
// 10k, 100k or 1M relations), loads it through the normal ingest and, for the baseline, with
// LOAD CSV; then measures the API against the driver floor, the API server's throughput against
// @neo4j/graphql on the same database, its peak memory, every analysis, and the browser's layout
// and panning. Prints a summary table and writes bench/results/<timestamp>.json and latest.json.
// Neo4j: a throw-away one started here and stopped after (or NEO4J_URI, whose data is deleted).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { startNeo4j, type Neo4jHandle } from '../neo4j-launcher/neo4j-launcher.ts';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { cypherQuery } from '../server/db/cypher-files.ts';
import { createDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { writeChart } from './chart.ts';
import { figure, formatFigures, writeResults, type Figure } from './figures.ts';
import { createProgress } from './progress.ts';
import { SCALES, shapeOf, type ScaleName } from './scale-graph.ts';
import { measureAnalyses } from './stages/analyses.ts';
import { measureApi } from './stages/api.ts';
import { measureBrowser } from './stages/browser.ts';
import { ingestScale, loadCsvBaseline, writeCsvRows } from './stages/ingest.ts';
import { measureServers } from './stages/servers.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    scale: { type: 'string', default: 'small' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-peer': { type: 'boolean', default: false },
    'skip-analyses': { type: 'boolean', default: false },
  },
});
if (!(values.scale! in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const scale = values.scale as ScaleName;
const shape = shapeOf(SCALES[scale]);

/**
 * Memory for the bench's Neo4j on a 24 GiB machine that other work shares: the store of 1M
 * relations is about 3 GB, so a 4 GB page cache holds it whole; a 4 GB heap is ample for the
 * largest ingest transaction and the analyses' in-memory graphs. Smaller scales need less, and
 * the CI smoke run keeps to 1 GB.
 */
const MEMORY: Record<ScaleName, { heap: string; pageCache: string; transactionMemory: string }> = {
  small: { heap: '1g', pageCache: '512m', transactionMemory: '512m' },
  medium: { heap: '2g', pageCache: '2g', transactionMemory: '1g' },
  large: { heap: '4g', pageCache: '4g', transactionMemory: '2g' },
};

/** A request may take this long before the bench calls it failed (the server's default is shorter). */
const API_TIMEOUT_MS = 120_000;

/** API runs per case: enough for a stable median, few enough that large finishes. */
const API_RUNS: Record<ScaleName, number> = { small: 60, medium: 40, large: 25 };

/**
 * Relations the LOAD CSV baseline loads: all of them at small; above, the first 20k (the
 * same rows ingest starts with) give its rate without doubling a run that already takes long.
 * A load slows as the store grows, so a rate over the first rows flatters the baseline, not ingest.
 */
const BASELINE_RELATIONS: Record<ScaleName, number> = { small: 10_000, medium: 20_000, large: 20_000 };

const wipe = cypherQuery('bench/wipe').text;
const progress = createProgress();
const startedAt = new Date();
const figures: Figure[] = [];

interface Neo4jTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  stop(): Promise<void>;
}

/** A throw-away Neo4j in a temporary folder, or the one NEO4J_URI names (emptied first). */
async function openNeo4j(): Promise<Neo4jTarget> {
  const uri = process.env['NEO4J_URI'];
  if (uri) {
    const target = {
      uri,
      user: process.env['NEO4J_USER'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
      stop: async () => {},
    };
    const driver = neo4j.driver(uri, neo4j.auth.basic(target.user, target.password));
    try {
      await runAutoCommit(driver, wipe);
    } finally {
      await driver.close();
    }
    console.error(`bench: using NEO4J_URI=${uri}; its data was deleted`);
    return target;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'actorgraph-bench-neo4j-'));
  // A machine busy with other work can take minutes to start a JVM; the bench waits rather than fail.
  const handle: Neo4jHandle = await startNeo4j({
    dataDir,
    port: 0,
    ...MEMORY[scale],
    timeoutMs: 600_000,
    log: () => {},
  });
  return {
    uri: handle.uri,
    user: handle.user,
    password: handle.password,
    stop: async () => {
      await handle.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** CALL { } IN TRANSACTIONS runs only in an auto-commit transaction, which executeQuery is not. */
async function runAutoCommit(driver: Driver, query: string): Promise<void> {
  const session = driver.session();
  try {
    await session.run(query);
  } finally {
    await session.close();
  }
}

function driverFor(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { maxConnectionPoolSize: 50 });
}

/** Keeps the figures and writes them at once, so a run stopped half-way leaves what it measured. */
async function record(...measured: Figure[]): Promise<void> {
  figures.push(...measured);
  await writeResults(figures, startedAt);
}

/**
 * Ctrl-C or SIGTERM (a run cut short, as the 1M run may be) still leaves the figures measured so
 * far, plus how far the ingest got; Neo4j stops with this process (the launcher's lifeline).
 */
let ingestSoFar: { relations: number; ms: number } | null = null;
let cleanUp: () => Promise<void> = async () => {};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const partial = ingestSoFar && !figures.some((f) => f.name === 'ingest') ? ingestSoFar : null;
    const stopped = partial
      ? [
          figure(
            'ingest',
            scale,
            partial.relations / (partial.ms / 1000),
            'relations/s (throughput; run stopped during ingest, no baseline ratio)',
            null,
            `stopped by ${signal} after ${partial.relations} of ${shape.relations} relations in ${(partial.ms / 1000).toFixed(0)} s`,
          ),
        ]
      : [];
    console.error(`\nbench: ${signal}: writing the figures measured so far`);
    void (figures.length + stopped.length > 0 ? record(...stopped) : Promise.resolve())
      .then(() => cleanUp())
      .finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  console.error(
    `bench: scale ${scale}: ${shape.relations} relations, ${shape.actors} actors, ${shape.sources} sources`,
  );
  progress.stage('writing the CSV rows of the baseline');
  const rows = await writeCsvRows(shape, BASELINE_RELATIONS[scale]);
  progress.done();

  // The baseline loads first, into the empty database, which is then emptied again, so both
  // loads start from the same state (schema in place, no data).
  const target = await openNeo4j();
  cleanUp = () => target.stop();
  const db = createDatabase(target);
  const driver = driverFor(target);
  try {
    await migrate(db);
    progress.stage('baseline: LOAD CSV ... IN TRANSACTIONS', 4);
    const baselineMs = await loadCsvBaseline(driver, rows, progress);
    await rows.close();
    const baselineRate = rows.relations / (baselineMs / 1000);
    progress.done(`${Math.round(baselineRate)} relations/s`);
    progress.stage('emptying the database');
    await runAutoCommit(driver, wipe);
    progress.done();

    progress.stage('ingest through ingestDocument', shape.relations);
    const ingestMs = await ingestScale(db, shape, progress, (relations, ms) => {
      ingestSoFar = { relations, ms };
    });
    progress.done(`${Math.round(shape.relations / (ingestMs / 1000))} relations/s`);
    await record(
      figure(
        'ingest',
        scale,
        shape.relations / (ingestMs / 1000),
        'relations/s (throughput: ratio = ingest / LOAD CSV, above 1 is faster)',
        { name: 'LOAD CSV ... CALL { } IN TRANSACTIONS OF 10000 ROWS, relations/s', value: baselineRate },
        `${shape.relations} relations with 1-5 evidence each in ${(ingestMs / 1000).toFixed(1)} s; ` +
          `LOAD CSV of ${rows.relations} of the same rows in ${(baselineMs / 1000).toFixed(1)} s`,
      ),
    );

    const app = createApp({
      db,
      config: readConfig({ NODE_ENV: 'production', ACTORGRAPH_REQUEST_TIMEOUT_MS: String(API_TIMEOUT_MS) }),
    });
    try {
      await record(...(await measureApi(app, db, driver, shape, scale, API_RUNS[scale], progress)));
    } finally {
      await app.close();
    }
    await record(...(await measureServers(target, shape, scale, { peer: !values['skip-peer'] }, progress)));
    if (!values['skip-analyses']) await record(...(await measureAnalyses(db, shape, scale, progress)));
  } finally {
    await driver.close();
    await db.close();
    await target.stop();
  }
  if (!values['skip-browser']) await record(...(await measureBrowser(scale, progress)));

  const path = await writeResults(figures, startedAt);
  const chart = await writeChart();
  console.log(`\nactorgraph bench, scale ${scale}, ${startedAt.toISOString()}\n`);
  console.log(formatFigures(figures));
  console.log(`\nwritten: ${path}, bench/results/latest.json${chart ? `, ${chart}` : ''}`);
}

await main();
