// npm run bench:client: what the graph browser costs to draw, in Debian's Chromium (headless,
// software rendering, so slower than a desktop browser with a GPU). Two graphs:
//   - the seed, loaded through the real product (API on a throw-away Neo4j this script starts
//     and stops): from navigation to the laid-out graph on screen;
//   - the seed and a generated graph of ~1,000 actors and ~3,000 relations, loaded straight into
//     the client's own view code (bench/client-page.ts): first paint before layout, the fcose
//     layout, the laid-out frame, a jump of the time slider and one step of play.
// The machine's load shows in every number (it is wall-clock time); compare rows of one run.
// Options: --runs N (default 3; the median is reported) --actors N --relations N --skip-api
// --webgl (Cytoscape's WebGL renderer instead of the 2D canvas).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { ActorPayload, RelationPayload } from '../client/src/api/payloads.ts';
import { startNeo4j } from '../neo4j-launcher/neo4j-launcher.ts';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { createDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { parsePartialDate } from '../server/domain/dates.ts';
import { RELATION_TYPES, RELATION_TYPE_NAMES, ACTOR_KINDS, type RelationType } from '../server/domain/vocabulary.ts';
import { readKnowledgeFile } from '../server/ingest/ingest-document.ts';
import { listKnowledgeFiles, SEED_DIR, seedDatabase } from '../server/ingest/seed.ts';
import { buildClient, launchChromium } from '../test/support/browser.ts';
import type { BenchTimings } from './client-page.ts';

const REPO = join(import.meta.dirname, '..');
const options = readOptions(process.argv.slice(2));

interface Payload {
  actors: ActorPayload[];
  relations: RelationPayload[];
  asOf: string;
}

const browser = await launchChromium();
const rows: string[][] = [];
try {
  const benchPage = await serveBenchPage();
  try {
    for (const [label, payload] of [
      ['seed (direct)', await seedPayload()],
      [
        `generated ${options.actors} actors / ${options.relations} relations (direct)`,
        generatedPayload(options.actors, options.relations),
      ],
    ] as const) {
      const runs: BenchTimings[] = [];
      for (let run = 0; run < options.runs; run++) runs.push(await benchDirect(browser, benchPage.url, payload));
      rows.push([
        label,
        `${payload.actors.length}/${payload.relations.length}`,
        ms(median(runs.map((r) => r.firstPaintMs))),
        ms(median(runs.map((r) => r.layoutMs))),
        ms(median(runs.map((r) => r.laidOutPaintMs))),
        ms(median(runs.map((r) => r.replayFrameMs))),
        `${ms(median(runs.map((r) => r.replayStepMs)))} (${ms(median(runs.map((r) => r.replayStepClassesMs)))})`,
      ]);
      console.error(`done: ${label}`);
    }
  } finally {
    await benchPage.close();
  }
  if (!options.skipApi) {
    // A failure here still leaves the direct numbers to report.
    rows.push(
      await benchProduct(browser).catch((error: unknown) => [
        'seed (product)',
        `failed: ${(error as Error).message.split('\n')[0]}`,
        '',
        '',
        '',
        '',
        '',
      ]),
    );
  }
} finally {
  await browser.close();
}

console.log(`\nClient draw times in headless Chromium, median of ${options.runs} runs (ms)\n`);
printTable(
  ['graph', 'actors/relations', 'first paint', 'fcose layout', 'laid-out paint', 'slider jump', 'play step (classes)'],
  rows,
);
const [seedRow, largeRow] = rows;
if (seedRow && largeRow) {
  const ratio = (column: number) => (parseFloat(largeRow[column] ?? '') / parseFloat(seedRow[column] ?? '')).toFixed(0);
  console.log(
    `\nGenerated graph / seed, side by side: first paint x${ratio(2)}, layout x${ratio(3)}, laid-out paint x${ratio(4)}, slider jump x${ratio(5)}, play step x${ratio(6)}`,
  );
}

// ---- the direct bench ----------------------------------------------------------------------

async function serveBenchPage(): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'actorgraph-bench-client-'));
  await build({
    configFile: false,
    root: REPO,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: join(REPO, 'bench', 'client-page.ts'),
        output: { entryFileNames: 'bench.js', format: 'es' },
      },
    },
  });
  const html = `<!doctype html><meta charset="utf-8"><title>bench</title><div id="graph" style="position:absolute;inset:0;width:1200px;height:800px"></div><script type="module" src="/bench.js"></script>`;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(html);
      return;
    }
    try {
      const body = readFileSync(join(outDir, path.replace(/^\/+/, '').replace(/\.\./g, '')));
      res.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

async function benchDirect(browser: Browser, url: string, payload: Payload): Promise<BenchTimings> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'runBench' in window);
    if (options.webgl) await page.evaluate(() => ((window as unknown as { BENCH_WEBGL: boolean }).BENCH_WEBGL = true));
    return await page.evaluate(
      (data) => (window as unknown as { runBench(p: unknown): Promise<BenchTimings> }).runBench(data),
      payload,
    );
  } finally {
    await page.close();
  }
}

// ---- the product bench (seed through the API) ------------------------------------------------

async function benchProduct(browser: Browser): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'actorgraph-bench-client-neo4j-'));
  console.error('starting a throw-away Neo4j for the product run...');
  const neo4j = await startNeo4j({ dataDir, port: 0, heap: '1g' });
  const db = createDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  // Built before the app is made: the app's static server lists dist/client when it starts.
  await buildClient();
  const server = createServer(createApp({ db, config: readConfig({ NODE_ENV: 'production' }) }).handle);
  try {
    await migrate(db);
    await seedDatabase(db);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const runs: { drawn: number; laidOut: number }[] = [];
    for (let run = 0; run < options.runs + 1; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('actorgraph:laid-out').length > 0, null, {
        timeout: 60_000,
      });
      const marks = await page.evaluate(() => ({
        drawn: performance.getEntriesByName('actorgraph:drawn')[0]?.startTime ?? NaN,
        laidOut: performance.getEntriesByName('actorgraph:laid-out')[0]?.startTime ?? NaN,
      }));
      // The first run warms the server (query plans, JIT); it is not counted.
      if (run > 0) runs.push(marks);
      await page.close();
    }
    const seedCounts = await seedPayload();
    // In the app the first frame with the graph is the laid-out one: fcose runs before it.
    // "drawn" is when the API's answer is in the graph, so laid-out minus drawn is the layout.
    const drawn = median(runs.map((r) => r.drawn));
    const laidOut = median(runs.map((r) => r.laidOut));
    return [
      `seed (product: navigation, API, layout; in graph at ${ms(drawn)})`,
      `${seedCounts.actors.length}/${seedCounts.relations.length}`,
      ms(laidOut),
      ms(laidOut - drawn),
      ms(laidOut),
      '',
      '',
    ];
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// ---- the graphs ----------------------------------------------------------------------------

/** The seed as the overview draws it: the actors that take part in a relation, and every relation. */
async function seedPayload(): Promise<Payload> {
  const actors = new Map<string, ActorPayload>();
  const relations: RelationPayload[] = [];
  for (const file of await listKnowledgeFiles(SEED_DIR)) {
    const doc = await readKnowledgeFile(file);
    for (const actor of doc.actors)
      actors.set(actor.id, {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        country: null,
        degree: 0,
      });
    for (const relation of doc.relations) {
      const vocabulary = RELATION_TYPES[relation.type];
      const when = relation.when ?? {};
      const start = when.date ?? when.from;
      relations.push({
        id: relation.id,
        type: relation.type,
        polarity: relation.polarity ?? vocabulary.polarity,
        intensity: relation.intensity ?? vocabulary.intensity,
        status: relation.evidence[0]?.status ?? 'REPORTED',
        confidence: Math.max(...relation.evidence.map((item) => item.confidence)),
        validFrom: start ? (parsePartialDate(String(start))?.start ?? null) : null,
        validTo: when.to ? (parsePartialDate(String(when.to))?.start ?? null) : null,
        datePrecision: null,
        validToPrecision: null,
        isEvent: Boolean(when.date),
        evidenceCount: relation.evidence.length,
        singleSource: false,
        anonymousOnly: false,
        from: { id: relation.from },
        to: { id: relation.to },
      });
    }
  }
  const used = new Set(relations.flatMap((relation) => [relation.from.id, relation.to.id]));
  return { actors: [...actors.values()].filter((actor) => used.has(actor.id)), relations, asOf: '2019-12-31' };
}

/**
 * A graph shaped like news coverage: communities (regions, conflicts) with most relations
 * inside them, a few hubs that everyone relates to, dated events over fifteen years and
 * undated structural ties. Seeded, so every run draws the same graph.
 */
function generatedPayload(actorCount: number, relationCount: number): Payload {
  const random = mulberry32(20240501);
  const communities = Math.max(1, Math.round(actorCount / 40));
  const actors: ActorPayload[] = Array.from({ length: actorCount }, (_, i) => ({
    id: `gen-actor-${i}`,
    name: `Generated actor ${i}`,
    kind: ACTOR_KINDS[Math.floor(random() * ACTOR_KINDS.length)]!,
    country: null,
    aliases: [],
    degree: 0,
  }));
  // Preferential choice: low numbers are picked far more often, as hubs are in the news.
  const pick = (community: number | null) => {
    const skewed = Math.floor(Math.pow(random(), 2.2) * actorCount);
    if (community === null) return skewed;
    const members = Math.ceil(actorCount / communities);
    return Math.min(actorCount - 1, community * members + (skewed % members));
  };
  const relations: RelationPayload[] = [];
  for (let i = 0; i < relationCount; i++) {
    const community = random() < 0.75 ? Math.floor(random() * communities) : null;
    const from = pick(community);
    let to = pick(community);
    if (to === from) to = (to + 1) % actorCount;
    const type = RELATION_TYPE_NAMES[Math.floor(random() * RELATION_TYPE_NAMES.length)] as RelationType;
    const vocabulary = RELATION_TYPES[type];
    const structural = vocabulary.quad === 'STRUCTURAL';
    const year = 2010 + Math.floor(random() * 15);
    const day = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    relations.push({
      id: `gen-relation-${i}`,
      type,
      polarity: vocabulary.polarity,
      intensity: vocabulary.intensity,
      status: (['CONFIRMED', 'REPORTED', 'REPORTED', 'ALLEGED', 'DISPUTED'] as const)[Math.floor(random() * 5)]!,
      confidence: Math.round(random() * 100) / 100,
      validFrom: structural && random() < 0.6 ? null : day,
      validTo: structural && random() < 0.3 ? `${year + 2}-01-01` : null,
      datePrecision: 'DAY',
      validToPrecision: null,
      isEvent: !structural,
      evidenceCount: 1 + Math.floor(random() * 4),
      singleSource: false,
      anonymousOnly: false,
      from: { id: `gen-actor-${from}` },
      to: { id: `gen-actor-${to}` },
    });
  }
  const used = new Set(relations.flatMap((relation) => [relation.from.id, relation.to.id]));
  return { actors: actors.filter((actor) => used.has(actor.id)), relations, asOf: '2017-06-30' };
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- reporting -----------------------------------------------------------------------------

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(0) : 'n/a';
}

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of body) console.log(line(row));
}

function readOptions(args: string[]): {
  runs: number;
  actors: number;
  relations: number;
  skipApi: boolean;
  webgl: boolean;
} {
  const value = (name: string, fallback: number) => {
    const index = args.indexOf(name);
    if (index === -1) return fallback;
    const parsed = Number(args[index + 1]);
    if (!Number.isInteger(parsed) || parsed < 1)
      throw new Error(`${name} needs a positive integer, got "${args[index + 1]}"`);
    return parsed;
  };
  return {
    runs: value('--runs', 3),
    actors: value('--actors', 1000),
    relations: value('--relations', 3000),
    skipApi: args.includes('--skip-api'),
    webgl: args.includes('--webgl'),
  };
}
