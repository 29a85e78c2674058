import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { findFreePort } from '../../neo4j-launcher/neo4j-launcher.ts';
import { figure, type Figure } from '../figures.ts';
import type { Progress } from '../progress.ts';
import type { ScaleShape } from '../scale-graph.ts';
import { benchActors } from './api.ts';

const REPO = join(import.meta.dirname, '..', '..');
const LOAD_SECONDS = 8;
const CONNECTIONS = 8;

interface Neo4jSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

interface Server {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** A server script in its own Node process (as it runs in production), on a free loopback port. */
async function startServer(script: string, env: Record<string, string>, ready: RegExp): Promise<Server> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench: ${script} did not start:\n${output}`)), 120_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench: ${script} exited (${code}):\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Waits until actorgraph's /ready answers 200 (schema applied). */
async function waitReady(graphqlUrl: string): Promise<void> {
  const readyUrl = graphqlUrl.replace(/\/graphql$/, '/ready');
  for (let i = 0; i < 240; i++) {
    const response = await fetch(readyUrl).catch(() => null);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('bench: actorgraph did not become ready');
}

/** Resident memory of a process from /proc, in MiB: now (VmRSS) or its peak so far (VmHWM). */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

async function post(url: string, query: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`bench: ${url} answered errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body;
}

/** Requests per second of one query at CONNECTIONS concurrent connections; fails on any error. */
async function throughput(url: string, query: string, seconds: number): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections: CONNECTIONS,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`bench: load on ${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.total / seconds;
}

/**
 * `peer.actorWithRelations`: requests per second of actorgraph's API server against
 * @neo4j/graphql's, both in their own Node process on the same Neo4j, asked for one actor and a
 * page of 20 of its relations with both ends (the closest both can ask: the peer lists the
 * actor's outgoing relations, actorgraph either side). Taken in alternating rounds so machine
 * load hits both alike. `api.rss`: the API server's peak resident memory over those rounds and a
 * round of depth-2 neighbourhoods, against its memory when idle after start.
 */
export async function measureServers(
  neo4jSettings: Neo4jSettings,
  shape: ScaleShape,
  scale: string,
  options: { peer: boolean },
  progress: Progress,
): Promise<Figure[]> {
  progress.stage('servers: throughput and memory under load', options.peer ? 5 : 2);
  const env = {
    NEO4J_URI: neo4jSettings.uri,
    NEO4J_USER: neo4jSettings.user,
    NEO4J_PASSWORD: neo4jSettings.password,
  };
  const { busy, tail } = benchActors(shape);
  const ours = `{ actor(id: "${busy}") { id name kind aliases relations(first: 20) { edges { node {
    id type polarity confidence validFrom from { id name } to { id name } } } } } }`;
  const theirs = `{ actors(where: { id: { eq: "${busy}" } }) { id name kind aliases
    relationsFrom(limit: 20, sort: [{ validFrom: ASC }]) { id type polarity confidence validFrom
      from { id name } to { id name } } } }`;
  const neighbourhood = `{ neighborhood(actorId: "${tail}", depth: 2) { actors { id name kind }
    relations { id type polarity confidence status validFrom validTo from { id } to { id } } } }`;

  const api = await startServer('server/main.ts', { ...env, NODE_ENV: 'production' }, /actorgraph: ready on/);
  const peer = options.peer ? await startServer('bench/peer-server.ts', env, /peer ready/) : null;
  try {
    await waitReady(api.url);
    for (let i = 0; i < 20; i++) {
      await post(api.url, ours);
      await post(api.url, neighbourhood);
      if (peer) await post(peer.url, theirs);
    }
    const idleMb = memoryOf(api.pid, 'VmRSS');
    const oursRates: number[] = [];
    const theirRates: number[] = [];
    let step = 0;
    for (let round = 0; round < 2; round++) {
      progress.tick(step++, 'actorgraph, actor with relations');
      oursRates.push(await throughput(api.url, ours, LOAD_SECONDS / 2));
      if (peer) {
        progress.tick(step++, '@neo4j/graphql, actor with relations');
        theirRates.push(await throughput(peer.url, theirs, LOAD_SECONDS / 2));
      }
    }
    progress.tick(step++, 'actorgraph, depth-2 neighbourhoods');
    await throughput(api.url, neighbourhood, LOAD_SECONDS / 2);
    const peakMb = memoryOf(api.pid, 'VmHWM');
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const figures: Figure[] = [];
    if (peer) {
      figures.push(
        figure(
          'peer.actorWithRelations',
          scale,
          mean(oursRates),
          'req/s (throughput: ratio = actorgraph / @neo4j/graphql, above 1 is faster)',
          { name: '@neo4j/graphql 7.6.3 on the same Neo4j, req/s', value: mean(theirRates) },
          `${busy}, 20 relations with both ends; ${CONNECTIONS} connections, ${LOAD_SECONDS} s each, alternating`,
        ),
      );
    }
    figures.push(
      figure(
        'api.rss',
        scale,
        peakMb,
        'MiB peak resident (ratio = peak / idle after start)',
        { name: 'resident memory idle after start, MiB', value: idleMb },
        `API server process (VmHWM) over ${LOAD_SECONDS * 1.5} s of load at ${CONNECTIONS} connections`,
      ),
    );
    progress.done();
    return figures;
  } finally {
    await api.stop();
    await peer?.stop();
  }
}
