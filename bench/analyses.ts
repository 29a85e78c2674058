// npm run bench:analyses: the run time of every analysis on the seed and on a synthetic graph of
// 10,000 actors and 100,000 relations, in a throw-away Neo4j (3 GB heap, 1 GB page cache) that
// this script starts and stops. Options: --actors N --relations N --runs N (runs per analysis on
// the large graph; the seed always gets 3) --skip-large.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeo4j } from '../neo4j-launcher/neo4j-launcher.ts';
import { ANALYSIS_NAMES, type AnalysisName } from '../server/analyses/analysis.ts';
import { formatTable } from '../server/analyses/format-table.ts';
import { hasGds } from '../server/analyses/gds.ts';
import type { AnalysisInput } from '../server/analyses/params.ts';
import { runAnalysis } from '../server/analyses/registry.ts';
import { writeSyntheticGraph } from './synthetic-graph.ts';
import { cypherQuery } from '../server/db/cypher-files.ts';
import { createDatabase, type Database } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { seedDatabase } from '../server/ingest/seed.ts';

const wipe = cypherQuery('test/wipe-database');

const options = readOptions(process.argv.slice(2));

interface Case {
  readonly label: string;
  readonly name: AnalysisName;
  readonly params: AnalysisInput;
}

const SEED_CASES: Case[] = [
  ...ANALYSIS_NAMES.filter((name) => name !== 'reach' && name !== 'changes').map((name) => ({
    label: name,
    name,
    params: {},
  })),
  { label: 'influence (builtin)', name: 'influence', params: { engine: 'BUILTIN' } },
  { label: 'blocs (builtin)', name: 'blocs', params: { engine: 'BUILTIN' } },
  { label: 'reach paths', name: 'reach', params: { fromId: 'united-states', toId: 'baloch-militants' } },
  { label: 'reach within 2', name: 'reach', params: { actorId: 'iran', depth: 2 } },
  { label: 'changes', name: 'changes', params: { from: '2019', to: '2020-12-31' } },
];

// Actor numbers: low numbers are hubs (see synthetic-graph.ts), high numbers the long tail.
const tail = (share: number) => `syn-actor-${Math.floor(options.actors * share)}`;
const LARGE_CASES: Case[] = [
  ...SEED_CASES.filter((c) => c.name !== 'reach' && c.name !== 'changes'),
  { label: 'reach paths', name: 'reach', params: { fromId: tail(0.5), toId: tail(0.9) } },
  { label: 'reach within 2', name: 'reach', params: { actorId: tail(0.5), depth: 2 } },
  { label: 'changes', name: 'changes', params: { from: '2010', to: '2010-12-31' } },
  { label: 'balance as of 2005', name: 'balance', params: { asOf: '2005' } },
];

async function timeCases(db: Database, cases: readonly Case[], runs: number): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>();
  for (const c of cases) {
    const runsOfCase: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      try {
        await runAnalysis(
          db,
          c.name,
          { ...c.params, limit: 5000 },
          { defaultTimeoutMs: 1_800_000, maxTimeoutMs: 1_800_000 },
        );
        runsOfCase.push(performance.now() - started);
      } catch (error) {
        console.error(`  ${c.label}: ${(error as Error).message}`);
        runsOfCase.push(Number.NaN);
      }
    }
    times.set(c.label, runsOfCase);
    console.error(`  ${c.label}: ${runsOfCase.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
  }
  return times;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'actorgraph-bench-analyses-'));
  console.error(`starting a throw-away Neo4j in ${dataDir} ...`);
  const neo4j = await startNeo4j({ dataDir, port: 0, heap: '3g', pageCache: '1g' });
  const db = createDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  try {
    await migrate(db);
    await seedDatabase(db);
    console.error(
      `GDS available: ${await hasGds(db)}\nseed (3 runs each; the first includes query planning and JIT warm-up):`,
    );
    const seedTimes = await timeCases(db, SEED_CASES, 3);

    let largeTimes = new Map<string, number[]>();
    let generated = '';
    if (!options.skipLarge) {
      await db.writeTransaction((tx) => tx.run(wipe));
      const started = performance.now();
      await writeSyntheticGraph(db, { actors: options.actors, relations: options.relations });
      generated = `generated ${options.actors} actors and ${options.relations} relations in ${((performance.now() - started) / 1000).toFixed(1)} s`;
      console.error(`${generated}\nlarge graph (${options.runs} runs each):`);
      largeTimes = await timeCases(db, LARGE_CASES, options.runs);
    }

    const labels = [...new Set([...SEED_CASES, ...LARGE_CASES].map((c) => c.label))];
    const show = (ms: number | undefined) => (ms === undefined ? '' : Number.isNaN(ms) ? 'failed' : Math.round(ms));
    console.log(`actorgraph analyses benchmark, ${new Date().toISOString()}, Neo4j heap 3g, page cache 1g`);
    if (generated) console.log(generated);
    console.log(
      formatTable(
        [
          'analysis',
          'seed first ms',
          'seed median ms',
          `${options.actors}/${options.relations} first ms`,
          `${options.actors}/${options.relations} best ms`,
        ],
        labels.map((label) => {
          const seed = seedTimes.get(label);
          const large = largeTimes.get(label);
          return [
            label,
            show(seed?.[0]),
            show(seed ? median(seed) : undefined),
            show(large?.[0]),
            show(large ? Math.min(...large) : undefined),
          ];
        }),
      ),
    );
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function readOptions(args: readonly string[]) {
  const value = (flag: string, fallback: number) => {
    const index = args.indexOf(flag);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  return {
    actors: value('--actors', 10_000),
    relations: value('--relations', 100_000),
    runs: value('--runs', 2),
    skipLarge: args.includes('--skip-large'),
  };
}

await main();
