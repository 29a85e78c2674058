// What the graph browser costs to draw, in Debian's Chromium (headless, software rendering, so
// slower than a desktop browser with a GPU), for the `browser.*` figures of npm run bench
// (bench/stages/browser.ts): a generated graph of ~1,000 actors and ~3,000 relations loaded
// straight into the client's own view code (bench/client-page.ts): first paint before layout, the
// layout, the laid-out frame, a jump of the time slider, one step of play and panning.
// The machine's load shows in every number (it is wall-clock time).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { ActorPayload, RelationPayload } from '../client/src/api/payloads.ts';
import { RELATION_TYPES, RELATION_TYPE_NAMES, ACTOR_KINDS, type RelationType } from '../server/domain/vocabulary.ts';
import type { BenchTimings } from './client-page.ts';

const REPO = join(import.meta.dirname, '..');

export interface Payload {
  actors: ActorPayload[];
  relations: RelationPayload[];
  asOf: string;
}

// ---- the direct bench ----------------------------------------------------------------------

export async function serveBenchPage(): Promise<{ url: string; close(): Promise<void> }> {
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

export async function benchDirect(browser: Browser, url: string, payload: Payload): Promise<BenchTimings> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'runBench' in window);
    return await page.evaluate(
      (data) => (window as unknown as { runBench(p: unknown): Promise<BenchTimings> }).runBench(data),
      payload,
    );
  } finally {
    await page.close();
  }
}

// ---- the graphs ----------------------------------------------------------------------------

/**
 * A graph shaped like news coverage: communities (regions, conflicts) with most relations
 * inside them, a few hubs that everyone relates to, dated events over fifteen years and
 * undated structural ties. Seeded, so every run draws the same graph.
 */
export function generatedPayload(actorCount: number, relationCount: number): Payload {
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
      singleSource: random() < 0.4,
      anonymousOnly: random() < 0.1,
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
