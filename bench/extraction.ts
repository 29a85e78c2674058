// npm run bench:extraction: how long a warm extraction takes. Uses the local CoreNLP server
// (started if needed and left running; npm run nlp:stop ends it). Reports the cold start when
// this run starts the server, the median and spread of N warm extractions of a ~1,000-word
// article (bench/articles/syria-incursion.txt, written for this benchmark), and articles per
// second when the articles of bench/articles are extracted one after another (batch mode).
// Options: --runs N (default 7).
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startNlpServer } from '../nlp-launcher/nlp-launcher.ts';
import { createExtractor } from '../server/extraction/create-extractor.ts';
import { createCoreNlpEngine } from '../server/extraction/engine/corenlp-engine.ts';

const ARTICLES = join(import.meta.dirname, 'articles');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);

const startedAt = performance.now();
const server = await startNlpServer();
const startSeconds = (performance.now() - startedAt) / 1000;
console.log(
  server.reused
    ? `CoreNLP already running (${server.url})`
    : `CoreNLP started and loaded in ${startSeconds.toFixed(1)} s`,
);

const extractor = createExtractor({
  knownActors: () => Promise.resolve([]),
  engine: createCoreNlpEngine({ url: server.url }),
});
const article = readFileSync(join(ARTICLES, 'syria-incursion.txt'), 'utf8');
const words = article.split(/\s+/).filter(Boolean).length;

// The first request after start warms the JVM's JIT; it is reported, not counted.
const first = await timed(() => extractor.extract(article, { date: '2019-12-31' }));
console.log(`first extraction after start: ${first.seconds.toFixed(2)} s`);

// Wall time on a shared machine includes waiting for other processes' turn on the cores; the
// engine's own CPU time per article (from /proc) is what it takes on cores it has to itself.
const cpuBefore = engineCpuSeconds(server.pid);
const times: number[] = [];
for (let run = 0; run < runs; run++)
  times.push((await timed(() => extractor.extract(article, { date: '2019-12-31' }))).seconds);
times.sort((a, b) => a - b);
const cpuPerArticle = (engineCpuSeconds(server.pid) - cpuBefore) / runs;
const median = times[Math.floor(times.length / 2)] as number;
console.log(
  `warm extraction of a ${words}-word article, ${runs} runs: median ${median.toFixed(2)} s ` +
    `(min ${(times[0] as number).toFixed(2)}, max ${(times.at(-1) as number).toFixed(2)}); ` +
    `${first.result.actors.length} actors, ${first.result.relations.length} relations`,
);
console.log(`engine CPU time per article: ${cpuPerArticle.toFixed(2)} s; load average now ${loadavg()[0]?.toFixed(1)}`);

const files = readdirSync(ARTICLES).filter((name) => name.endsWith('.txt'));
const texts = files.map((name) => readFileSync(join(ARTICLES, name), 'utf8'));
const batchStarted = performance.now();
let batchWords = 0;
for (let round = 0; round < 3; round++) {
  for (const text of texts) {
    await extractor.extract(text, { date: '2019-12-31' });
    batchWords += text.split(/\s+/).filter(Boolean).length;
  }
}
const batchSeconds = (performance.now() - batchStarted) / 1000;
const articles = texts.length * 3;
console.log(
  `batch: ${articles} articles (${Math.round(batchWords / articles)} words on average) in ${batchSeconds.toFixed(1)} s: ` +
    `${(articles / batchSeconds).toFixed(2)} articles/s`,
);
await extractor.close();

/** User and system CPU seconds the engine's process has used so far (Linux). */
function engineCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { seconds: (performance.now() - started) / 1000, result };
}
