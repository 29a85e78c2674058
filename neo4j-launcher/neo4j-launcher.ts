// Start, stop and inspect actorgraph's local Neo4j: an embedded Neo4j 5.26 Community
// engine (plus open-source GDS) in a JVM of its own, reached over Bolt like any server.
// See neo4j-launcher/README.md. Typical use:
//
//   const db = await startNeo4j({ dataDir: tmp, port: 0 });   // throw-away test DB
//   const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
//   ...
//   await db.stop();
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureNeo4jBuilt, type Neo4jBuild } from './build.ts';
import {
  DEFAULT_HEAP,
  DEFAULT_PAGE_CACHE,
  DEFAULT_TRANSACTION_MEMORY,
  dataDirFiles,
  defaultBoltPort,
  defaultDataDir,
} from './paths.ts';
import { readPassword, resolvePassword } from './password.ts';
import { LAUNCHER_MAIN_CLASS, clearRunInfo, isLauncherAlive, readRunInfo, writeRunInfo } from './pidfile.ts';
import { findFreePort, isPortFree } from './ports.ts';
import { neo4jStatus, type Neo4jStatus } from './status.ts';
import { tailFile } from './tail.ts';

export { ensureNeo4jBuilt, type BuildOptions, type Neo4jBuild } from './build.ts';
export { findFreePort } from './ports.ts';
export { readPassword } from './password.ts';
export { defaultBoltPort, defaultDataDir } from './paths.ts';
export { neo4jStatus, type Neo4jStatus } from './status.ts';

export interface StartOptions {
  /** Neo4j home: store, logs, password, pid file. Default .data/neo4j (or NEO4J_DATA_DIR). */
  dataDir?: string;
  /** Bolt port on 127.0.0.1. Default NEO4J_BOLT_PORT or 7687; 0 picks a free port. */
  port?: number;
  /** Default: the one in <dataDir>/password, generated on first start. Min. 8 characters. */
  password?: string;
  /** JVM heap (-Xms and -Xmx), e.g. "512m". Default NEO4J_HEAP or "1g". */
  heap?: string;
  /** Neo4j page cache (off-heap). Default "256m". */
  pageCache?: string;
  /** The most heap one transaction may use. Default NEO4J_TRANSACTION_MEMORY or "512m". */
  transactionMemory?: string;
  /** Keep running after this Node process exits (the CLI's `start`). Default false:
   *  the database shuts down when this process exits, even if stop() is never called. */
  detached?: boolean;
  /** Include Graph Data Science. Default true (ACTORGRAPH_NEO4J_GDS=0 turns it off). */
  gds?: boolean;
  /** How long to wait for Bolt, not counting a first-time Maven download. Default 180 s. */
  timeoutMs?: number;
  /** Progress messages (default: stderr). */
  log?: (message: string) => void;
}

export interface Neo4jHandle {
  uri: string;
  user: string;
  password: string;
  pid: number;
  port: number;
  dataDir: string;
  /** The launcher's stdout/stderr; Neo4j's own log is debug.log in the same folder. */
  logFile: string;
  /** True when the database was already running for this data directory. */
  reused: boolean;
  /** SIGTERM, then wait for a clean shutdown (see stopNeo4j). */
  stop(): Promise<void>;
}

const USER = 'neo4j';
const READY_LINE = 'actorgraph-neo4j ready';

/** A subset of the JVM flags in the Neo4j server's default neo4j.conf. The --add-opens
 *  let Neo4j and Netty use direct/native I/O on Java 17 without warnings or fallbacks.
 *  Left out on purpose: -XX:+AlwaysPreTouch (commits the whole heap at start). */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/** Starts Neo4j for `dataDir` (or returns the one already running there) and resolves
 *  once Bolt accepts the password. */
export async function startNeo4j(options: StartOptions = {}): Promise<Neo4jHandle> {
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  const files = dataDirFiles(dataDir);
  const log = options.log ?? ((message: string) => process.stderr.write(message + '\n'));

  const status = neo4jStatus(dataDir);
  if (status.running) return reuse(status, options);
  clearRunInfo(dataDir); // a stale file from a crash or reboot

  const build = await ensureNeo4jBuilt({ log, ...(options.gds === undefined ? {} : { gds: options.gds }) });
  const port = await choosePort(options.port ?? defaultBoltPort());
  const password = resolvePassword(dataDir, options.password);
  const heap = memorySize('heap', options.heap ?? process.env['NEO4J_HEAP'] ?? DEFAULT_HEAP);
  const pageCache = memorySize('pageCache', options.pageCache ?? DEFAULT_PAGE_CACHE);
  const transactionMemory = memorySize(
    'transactionMemory',
    options.transactionMemory ?? process.env['NEO4J_TRANSACTION_MEMORY'] ?? DEFAULT_TRANSACTION_MEMORY,
  );
  const detached = options.detached ?? false;
  mkdirSync(files.logs, { recursive: true });

  const child = await spawnLauncher({ build, dataDir, port, password, heap, pageCache, transactionMemory, detached });
  const pid = child.pid as number;
  const uri = `bolt://127.0.0.1:${port}`;
  writeRunInfo(dataDir, { pid, port, uri, startedAt: new Date().toISOString(), detached });
  try {
    await waitUntilReady(child, dataDir, uri, password, options.timeoutMs ?? 180_000);
  } catch (error) {
    if (child.exitCode === null) await stopNeo4j(dataDir);
    clearRunInfo(dataDir, pid);
    throw error;
  }
  return handle({ uri, password, pid, port, dataDir, reused: false });
}

/**
 * Stops the Neo4j serving `dataDir`: SIGTERM (the launcher's shutdown hook closes the
 * store cleanly), then waits up to `timeoutMs`; SIGKILL only as a last resort.
 * Resolves true if a running database was stopped, false if none was running.
 */
export async function stopNeo4j(
  dataDir: string = defaultDataDir(),
  options: { timeoutMs?: number } = {},
): Promise<boolean> {
  const dir = resolve(dataDir);
  const info = readRunInfo(dir);
  if (!info) return false;
  if (!isLauncherAlive(info.pid, dir)) {
    clearRunInfo(dir, info.pid);
    return false;
  }
  process.kill(info.pid, 'SIGTERM');
  if (!(await waitForExit(info.pid, dir, options.timeoutMs ?? 60_000))) {
    process.kill(info.pid, 'SIGKILL');
    await waitForExit(info.pid, dir, 5_000);
    process.stderr.write(
      `actorgraph: Neo4j (pid ${info.pid}) ignored SIGTERM and was killed; ` +
        'the next start will run store recovery.\n',
    );
  }
  clearRunInfo(dir, info.pid);
  return true;
}

function reuse(status: Neo4jStatus & { running: true }, options: StartOptions): Neo4jHandle {
  const where = `Neo4j for ${status.dataDir} is already running on port ${status.port} (pid ${status.pid})`;
  if (options.port !== undefined && options.port !== 0 && options.port !== status.port) {
    throw new Error(`${where}, not on ${options.port}. Stop it first (npm run db:stop).`);
  }
  const password = readPassword(status.dataDir);
  if (password === null) throw new Error(`${where}, but ${status.passwordFile} is missing.`);
  if (options.password !== undefined && options.password !== password) {
    throw new Error(`${where} with a different password. Stop it first (npm run db:stop).`);
  }
  return handle({
    uri: status.uri,
    password,
    pid: status.pid,
    port: status.port,
    dataDir: status.dataDir,
    reused: true,
  });
}

function handle(fields: Omit<Neo4jHandle, 'user' | 'logFile' | 'stop'>): Neo4jHandle {
  return {
    ...fields,
    user: USER,
    logFile: dataDirFiles(fields.dataDir).launcherLog,
    stop: async () => {
      await stopNeo4j(fields.dataDir);
    },
  };
}

async function choosePort(requested: number): Promise<number> {
  if (requested === 0) return findFreePort();
  if (!(await isPortFree(requested))) {
    throw new Error(
      `Port ${requested} on 127.0.0.1 is already in use (another Neo4j?). ` +
        'Stop that process or choose another port (NEO4J_BOLT_PORT, or port: 0 for any free one).',
    );
  }
  return requested;
}

/** Validates a JVM-style size ("512m", "1g") before it becomes a cryptic JVM error. */
function memorySize(name: string, value: string): string {
  if (!/^\d+[kmgKMG]?$/.test(value)) throw new Error(`${name} must look like 512m or 1g, got "${value}"`);
  return value;
}

interface LaunchSpec {
  build: Neo4jBuild;
  dataDir: string;
  port: number;
  password: string;
  heap: string;
  pageCache: string;
  transactionMemory: string;
  detached: boolean;
}

async function spawnLauncher(spec: LaunchSpec): Promise<ChildProcess> {
  const javaHome = process.env['JAVA_HOME'];
  const java = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  const args = [
    `-Xms${spec.heap}`,
    `-Xmx${spec.heap}`,
    ...JVM_FLAGS,
    LAUNCHER_MAIN_CLASS,
    '--home',
    spec.dataDir,
    '--port',
    String(spec.port),
    '--page-cache',
    spec.pageCache,
    '--transaction-memory',
    spec.transactionMemory,
    ...(spec.build.pluginsDir ? ['--plugins', spec.build.pluginsDir] : []),
    ...(spec.detached ? [] : ['--exit-on-stdin-eof']),
  ];
  // Truncated per start, so an error report shows this start's output only.
  const out = openSync(dataDirFiles(spec.dataDir).launcherLog, 'w');
  const child = spawn(java, args, {
    cwd: spec.dataDir,
    detached: spec.detached, // own session: survives the CLI and the terminal's Ctrl-C
    stdio: [spec.detached ? 'ignore' : 'pipe', out, out],
    // CLASSPATH rather than -cp keeps `ps` readable; the password stays out of argv.
    env: { ...process.env, CLASSPATH: spec.build.classpath, ACTORGRAPH_NEO4J_PASSWORD: spec.password },
  });
  closeSync(out);
  if (child.pid === undefined) {
    const error = await new Promise<Error>((resolveError) => child.once('error', resolveError));
    throw (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? new Error(`${java} was not found. The local Neo4j needs Java 17+ (set JAVA_HOME or put java on PATH).`)
      : error;
  }
  // Don't let the database keep this Node process alive. When attached, the open stdin
  // pipe is the lifeline: our exit closes it and the launcher shuts itself down.
  child.unref();
  (child.stdin as Socket | null)?.unref();
  return child;
}

/** Waits for the launcher's ready line (printed after the password is applied, so we
 *  never probe with a password that isn't set yet and trip the failed-login lockout),
 *  then confirms from the client side with the driver. */
async function waitUntilReady(
  child: ChildProcess,
  dataDir: string,
  uri: string,
  password: string,
  timeoutMs: number,
): Promise<void> {
  const files = dataDirFiles(dataDir);
  const deadline = Date.now() + timeoutMs;
  // Set by the exit event; an object so TypeScript doesn't narrow it to a constant null.
  const state: { ended: string | null } = { ended: null };
  child.once('exit', (code, signal) => {
    state.ended = signal ?? `exit code ${code}`;
  });
  const failure = (what: string) => {
    // The launcher prints Neo4j's root cause on one line; lead with it when present.
    const cause = /^actorgraph-neo4j failed: (.*)$/m.exec(readFileSync(files.launcherLog, 'utf8'))?.[1];
    return new Error(
      `Neo4j failed to start: ${what}.${cause ? `\nCause: ${cause}` : ''}\n` +
        `--- last lines of ${files.launcherLog}:\n${tailFile(files.launcherLog, 30)}\n` +
        `--- last lines of ${files.debugLog}:\n${tailFile(files.debugLog, 10)}`,
    );
  };

  while (!readFileSync(files.launcherLog, 'utf8').includes(READY_LINE)) {
    if (state.ended !== null) throw failure(`the process ended (${state.ended}) before it was ready`);
    if (Date.now() > deadline) throw failure(`not ready after ${timeoutMs / 1000}s`);
    await sleep(250);
  }

  let lastError: unknown;
  while (state.ended === null && Date.now() < deadline) {
    const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password), { connectionTimeout: 5_000 });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await driver.close();
    }
    await sleep(500);
  }
  throw failure(
    state.ended !== null
      ? `the process ended (${state.ended})`
      : `Bolt at ${uri} did not accept connections: ${String((lastError as Error | undefined)?.message ?? lastError)}`,
  );
}

async function waitForExit(pid: number, dataDir: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isLauncherAlive(pid, dataDir)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

function sleep(ms: number): Promise<void> {
  return new Promise((wake) => setTimeout(wake, ms));
}
