// Start, stop and inspect actorgraph's NLP engine: Stanford CoreNLP's HTTP server in a JVM of
// its own, on 127.0.0.1 only, with the annotators the extractor uses preloaded. It is started
// detached, so it stays warm across extractions and commands until `npm run nlp:stop`.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireFileLock } from '../neo4j-launcher/file-lock.ts';
import { findFreePort, isPortFree } from '../neo4j-launcher/ports.ts';
import { tailFile } from '../neo4j-launcher/tail.ts';
import { ensureNlpBuilt } from './build.ts';
import { CORENLP_ANNOTATORS, DEFAULT_NLP_HEAP, defaultNlpDataDir, nlpFiles } from './paths.ts';

export { ensureNlpBuilt } from './build.ts';
export { CORENLP_ANNOTATORS, defaultNlpDataDir } from './paths.ts';

export interface NlpServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly pid: number;
  readonly port: number;
  /** True when the server was already running for this data directory. */
  readonly reused: boolean;
}

export interface StartNlpOptions {
  /** pid file and log. Default .data/nlp (or NLP_DATA_DIR). */
  dataDir?: string;
  /** Default NLP_PORT, else any free port (several worktrees may each run one). */
  port?: number;
  /** JVM heap. Default NLP_HEAP or 4g. */
  heap?: string;
  /** Loading the models takes 20-40 s on 2 cores. Default 300 s. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

interface RunInfo {
  pid: number;
  port: number;
  startedAt: string;
}

const SERVER_CLASS = 'edu.stanford.nlp.pipeline.StanfordCoreNLPServer';
/** Marks our JVM's command line with its data directory, so a reused pid is not mistaken for it. */
const HOME_PROPERTY = '-Dactorgraph.nlp.home=';

/** Starts the server for `dataDir` (or returns the one already running there), once it is ready. */
export async function startNlpServer(options: StartNlpOptions = {}): Promise<NlpServer> {
  const dataDir = options.dataDir ?? defaultNlpDataDir();
  const log = options.log ?? ((message: string) => process.stderr.write(message + '\n'));
  mkdirSync(dataDir, { recursive: true });
  // Two processes starting the engine at once (a command and the API) share one server.
  const release = await acquireFileLock(join(dataDir, 'corenlp.start.lock'), { timeoutMs: 10 * 60_000 });
  try {
    const running = nlpServerStatus(dataDir);
    if (running) {
      await waitUntilReady(running.port, running.pid, dataDir, options.timeoutMs ?? 300_000);
      return { url: urlOf(running.port), pid: running.pid, port: running.port, reused: true };
    }
    return await launch(dataDir, log, options);
  } finally {
    release();
  }
}

async function launch(dataDir: string, log: (message: string) => void, options: StartNlpOptions): Promise<NlpServer> {
  const build = await ensureNlpBuilt({ log });
  const port = await choosePort(options.port ?? portFromEnvironment());
  const heap = options.heap ?? process.env['NLP_HEAP'] ?? DEFAULT_NLP_HEAP;
  if (!/^\d+[mg]$/i.test(heap)) throw new Error(`NLP heap must look like 4g or 4096m, got "${heap}"`);
  const files = nlpFiles(dataDir);
  const out = openSync(files.log, 'w');
  const javaHome = process.env['JAVA_HOME'];
  const child = spawn(
    javaHome ? join(javaHome, 'bin', 'java') : 'java',
    [
      `-Xmx${heap}`,
      HOME_PROPERTY + dataDir,
      // CoreNLP's server has no host option; this provider binds it to the loopback address.
      '-Dcom.sun.net.httpserver.HttpServerProvider=actorgraph.nlp.LoopbackHttpServerProvider',
      '--add-exports=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED',
      SERVER_CLASS,
      '-port',
      String(port),
      '-preload',
      CORENLP_ANNOTATORS,
      '-timeout',
      '120000',
      '-quiet',
    ],
    { cwd: dataDir, detached: true, stdio: ['ignore', out, out], env: { ...process.env, CLASSPATH: build.classpath } },
  );
  closeSync(out);
  child.unref();
  if (child.pid === undefined) {
    throw new Error('java was not found: the NLP engine needs Java 17+ (set JAVA_HOME or put java on PATH).');
  }
  writeFileSync(files.pidFile, JSON.stringify({ pid: child.pid, port, startedAt: new Date().toISOString() }) + '\n');
  log(`actorgraph: starting CoreNLP on 127.0.0.1:${port} (pid ${child.pid}); loading models takes ~30 s...`);
  try {
    await waitUntilReady(port, child.pid, dataDir, options.timeoutMs ?? 300_000);
  } catch (error) {
    await stopNlpServer(dataDir);
    throw error;
  }
  return { url: urlOf(port), pid: child.pid, port, reused: false };
}

/** Stops the server of `dataDir`; resolves false when none was running. */
export async function stopNlpServer(dataDir: string = defaultNlpDataDir()): Promise<boolean> {
  const info = readRunInfo(dataDir);
  if (!info) return false;
  const alive = isServerAlive(info.pid, dataDir);
  if (alive) {
    process.kill(info.pid, 'SIGTERM');
    const deadline = Date.now() + 20_000;
    while (isServerAlive(info.pid, dataDir) && Date.now() < deadline) await sleep(200);
    if (isServerAlive(info.pid, dataDir)) process.kill(info.pid, 'SIGKILL');
  }
  rmSync(nlpFiles(dataDir).pidFile, { force: true });
  return alive;
}

/** The running server's pid and port, or null (a stale pid file is removed). */
export function nlpServerStatus(dataDir: string = defaultNlpDataDir()): (RunInfo & { url: string }) | null {
  const info = readRunInfo(dataDir);
  if (!info) return null;
  if (!isServerAlive(info.pid, dataDir)) {
    rmSync(nlpFiles(dataDir).pidFile, { force: true });
    return null;
  }
  return { ...info, url: urlOf(info.port) };
}

function urlOf(port: number): string {
  return `http://127.0.0.1:${port}`;
}

function portFromEnvironment(): number {
  const raw = process.env['NLP_PORT'];
  if (raw === undefined || raw === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`NLP_PORT must be a port number (0-65535), got "${raw}"`);
  }
  return port;
}

async function choosePort(requested: number): Promise<number> {
  if (requested === 0) return findFreePort();
  if (!(await isPortFree(requested))) {
    throw new Error(`Port ${requested} on 127.0.0.1 is already in use: choose another NLP_PORT (or unset it).`);
  }
  return requested;
}

/** Polls CoreNLP's /ready endpoint, which answers once the preloaded annotators are loaded. */
async function waitUntilReady(port: number, pid: number, dataDir: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isServerAlive(pid, dataDir)) {
      throw new Error(`CoreNLP (pid ${pid}) ended before it was ready:\n${tailFile(nlpFiles(dataDir).log, 30)}`);
    }
    try {
      const response = await fetch(`${urlOf(port)}/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`CoreNLP was not ready after ${timeoutMs / 1000}s:\n${tailFile(nlpFiles(dataDir).log, 30)}`);
}

function readRunInfo(dataDir: string): RunInfo | null {
  const file = nlpFiles(dataDir).pidFile;
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunInfo>;
    if (typeof parsed.pid !== 'number' || typeof parsed.port !== 'number') return null;
    return { pid: parsed.pid, port: parsed.port, startedAt: parsed.startedAt ?? '' };
  } catch {
    return null;
  }
}

/** True if `pid` is alive and (where /proc exists) is our CoreNLP server for `dataDir`. */
function isServerAlive(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!existsSync('/proc/self/cmdline')) return true;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes(SERVER_CLASS) && args.includes(HOME_PROPERTY + dataDir);
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((wake) => setTimeout(wake, ms));
}
