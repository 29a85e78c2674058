// npm run bench:api [-- --runs 200 --warmup 30]: median and p95 latency of the API's main reads
// on the seed data: actors (a search), neighborhood (depth 2) and shortestPaths, measured side by
// side (one run of each in turn, so machine load hits all three alike) against a throw-away Neo4j
// started for the run and stopped after it. Requests go through the whole app in-process
// (yoga: parse, validate, resolvers, loaders, Neo4j), without a socket.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startNeo4j } from '../neo4j-launcher/neo4j-launcher.ts';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { createDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { seedDatabase } from '../server/ingest/seed.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '200' }, warmup: { type: 'string', default: '30' } },
});
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);

/** What a client asks for in each case: the fields the graph view draws. */
const CASES = [
  {
    name: 'actors (search "Revolutionary Guard")',
    query: `{ actors(search: "Revolutionary Guard", first: 20) { totalCount edges { score node { id name kind aliases } } } }`,
  },
  {
    name: 'neighborhood (pakistan, depth 2)',
    query: `{ neighborhood(actorId: "pakistan", depth: 2) {
      actors { id name kind }
      relations { id type polarity confidence status validFrom validTo from { id } to { id } }
    } }`,
  },
  {
    name: 'shortestPaths (bajwa → soleimani, filtered)',
    query: `{ shortestPaths(fromId: "qamar-javed-bajwa", toId: "qassem-soleimani", filter: { minConfidence: 0.3 }) {
      length actors { id name } relations { id type polarity evidence { quote attribution source { title } } }
    } }`,
  },
] as const;

const dataDir = await mkdtemp(join(tmpdir(), 'actorgraph-bench-neo4j-'));
console.log('bench: starting a throw-away Neo4j...');
const neo4j = await startNeo4j({ dataDir, port: 0 });
const db = createDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
try {
  await migrate(db);
  await seedDatabase(db);
  const app = createApp({ db, config: readConfig({ NODE_ENV: 'production' }) });

  const runOnce = async (query: string): Promise<{ ms: number; queries: number }> => {
    const queriesBefore = db.queryCount;
    const started = performance.now();
    const response = await app.yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    const ms = performance.now() - started;
    if (body.errors) throw new Error(`bench: query failed: ${JSON.stringify(body.errors)}`);
    return { ms, queries: db.queryCount - queriesBefore };
  };

  for (let i = 0; i < WARMUP; i++) for (const item of CASES) await runOnce(item.query);
  const samples = CASES.map(() => [] as number[]);
  const roundTrips = CASES.map(() => 0);
  for (let i = 0; i < RUNS; i++) {
    for (const [index, item] of CASES.entries()) {
      const { ms, queries } = await runOnce(item.query);
      samples[index]!.push(ms);
      roundTrips[index] = queries;
    }
  }

  console.log(`\nbench: ${RUNS} runs each after ${WARMUP} warm-up runs, interleaved; seed data; Neo4j ${neo4j.uri}\n`);
  console.log(['query'.padEnd(48), 'median ms', '   p95 ms', '  mean ms', 'db queries'].join('  '));
  for (const [index, item] of CASES.entries()) {
    const sorted = [...samples[index]!].sort((a, b) => a - b);
    const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
    console.log(
      [
        item.name.slice(0, 48).padEnd(48),
        fmt(quantile(sorted, 0.5)),
        fmt(quantile(sorted, 0.95)),
        fmt(mean),
        String(roundTrips[index]).padStart(10),
      ].join('  '),
    );
  }
} finally {
  await db.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

function fmt(ms: number): string {
  return ms.toFixed(1).padStart(9);
}
