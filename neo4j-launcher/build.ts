// Turns neo4j-launcher/pom.xml + neo4j-launcher/src into something `java` can run, running Maven only when
// needed. The first build downloads Neo4j (and GDS) from Maven Central into ~/.m2;
// afterwards a stamp in neo4j-launcher/target, keyed by a hash of the pom and the Java sources,
// lets every later start skip Maven entirely (Maven alone costs ~5-10 s per run).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { LAUNCHER_DIR, TARGET_DIR } from './paths.ts';
import { acquireFileLock } from './file-lock.ts';
import { tailFile } from './tail.ts';

export interface Neo4jBuild {
  /** Value for the CLASSPATH variable: compiled launcher + every runtime jar. */
  classpath: string;
  /** GDS jars for Neo4j's plugin directory; null when built without GDS. */
  pluginsDir: string | null;
  neo4jVersion: string;
  gdsVersion: string | null;
}

export interface BuildOptions {
  /** Progress messages (default: stderr). Only called when Maven actually runs. */
  log?: (message: string) => void;
  /** Include Graph Data Science (default true; ACTORGRAPH_NEO4J_GDS=0 turns it off). */
  gds?: boolean;
  /** Run Maven even if the stamp says the build is current. */
  force?: boolean;
}

interface Stamp extends Neo4jBuild {
  key: string;
}

const STAMP_FILE = join(TARGET_DIR, 'build-stamp.json');
const LOCK_FILE = join(TARGET_DIR, 'build.lock');
const MAVEN_LOG = join(TARGET_DIR, 'maven.log');
const CLASSES_DIR = join(TARGET_DIR, 'classes');
const PLUGINS_DIR = join(TARGET_DIR, 'plugins');
const CLASSPATH_FILE = join(TARGET_DIR, 'classpath.txt');
const LAUNCHER_CLASS = join(CLASSES_DIR, 'actorgraph', 'db', 'Neo4jLauncher.class');
/** Bump when the stamp's meaning changes, to force one rebuild everywhere. */
const STAMP_FORMAT = 1;

export async function ensureNeo4jBuilt(options: BuildOptions = {}): Promise<Neo4jBuild> {
  const log = options.log ?? ((message: string) => process.stderr.write(message + '\n'));
  const gds = options.gds ?? process.env['ACTORGRAPH_NEO4J_GDS'] !== '0';
  const key = buildKey(gds);

  const current = options.force ? null : validStamp(key);
  if (current) return current;

  mkdirSync(TARGET_DIR, { recursive: true });
  const release = await acquireFileLock(LOCK_FILE, {
    timeoutMs: 20 * 60_000,
    onWait: (owner) => log(`actorgraph: waiting for another Neo4j build (pid ${owner}) to finish...`),
  });
  try {
    // Someone else may have finished the same build while we waited for the lock.
    const built = options.force ? null : validStamp(key);
    if (built) return built;
    return await runMaven(key, gds, log);
  } finally {
    release();
  }
}

/** Hash of everything that changes the build's output. */
function buildKey(gds: boolean): string {
  const hash = createHash('sha256');
  hash.update(`format ${STAMP_FORMAT}\ngds ${gds}\n`);
  for (const file of [join(LAUNCHER_DIR, 'pom.xml'), ...listFiles(join(LAUNCHER_DIR, 'src'))]) {
    hash.update(relative(LAUNCHER_DIR, file) + '\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The stamp, if it matches `key` and everything it points to still exists
 *  (someone may have cleaned neo4j-launcher/target or ~/.m2). */
function validStamp(key: string): Neo4jBuild | null {
  if (!existsSync(STAMP_FILE)) return null;
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP_FILE, 'utf8')) as Stamp;
  } catch {
    return null;
  }
  if (stamp.key !== key || !existsSync(LAUNCHER_CLASS)) return null;
  if (stamp.pluginsDir !== null && !existsSync(stamp.pluginsDir)) return null;
  if (!stamp.classpath.split(delimiter).every((entry) => existsSync(entry))) return null;
  const { key: _key, ...build } = stamp;
  return build;
}

async function runMaven(key: string, gds: boolean, log: (message: string) => void): Promise<Neo4jBuild> {
  const versions = pomVersions();
  const what = `Neo4j ${versions.neo4j}${gds ? ` + GDS ${versions.gds}` : ''}`;
  log(
    existsSync(STAMP_FILE)
      ? `actorgraph: neo4j-launcher/pom.xml or neo4j-launcher/src changed (or the Maven cache was cleaned): rebuilding the ${what} launcher...`
      : `actorgraph: fetching ${what} from Maven Central (first start only, may take a few minutes)...`,
  );

  // Start clean so nothing from an earlier build (e.g. GDS classes after -DnoGds) lingers.
  for (const path of [CLASSES_DIR, PLUGINS_DIR, CLASSPATH_FILE, STAMP_FILE]) {
    rmSync(path, { recursive: true, force: true });
  }

  const args = ['-B', '-q', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'process-classes'];
  if (!gds) args.push('-DnoGds');
  const started = Date.now();
  await spawnLogged('mvn', args, MAVEN_LOG, (seconds) => log(`actorgraph: ...still working (${seconds}s)`));

  const build: Neo4jBuild = {
    classpath: [CLASSES_DIR, ...readFileSync(CLASSPATH_FILE, 'utf8').trim().split(delimiter)].join(delimiter),
    pluginsDir: gds ? PLUGINS_DIR : null,
    neo4jVersion: versions.neo4j,
    gdsVersion: gds ? versions.gds : null,
  };
  const stamp: Stamp = { key, ...build };
  writeFileSync(STAMP_FILE, JSON.stringify(stamp, null, 2) + '\n');
  log(`actorgraph: ${what} ready (${((Date.now() - started) / 1000).toFixed(1)}s); later starts skip Maven.`);
  return build;
}

/** Runs a command with all output to `logFile`; rejects with the log's tail on failure. */
function spawnLogged(
  command: string,
  args: string[],
  logFile: string,
  heartbeat: (seconds: number) => void,
): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const fd = openSync(logFile, 'w');
    const child = spawn(command, args, { cwd: LAUNCHER_DIR, stdio: ['ignore', fd, fd] });
    closeSync(fd); // the child has its own copy
    const started = Date.now();
    const timer = setInterval(() => heartbeat(Math.round((Date.now() - started) / 1000)), 30_000);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearInterval(timer);
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${command} was not found on PATH. The local Neo4j needs Maven 3.8+ and Java 17+ ` +
                '(Debian: apt-get install maven openjdk-17-jdk-headless).',
            )
          : error,
      );
    });
    child.once('exit', (code, signal) => {
      clearInterval(timer);
      if (code === 0) return resolveRun();
      reject(
        new Error(
          `${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}). ` +
            `Last lines of ${logFile}:\n${tailFile(logFile, 40)}`,
        ),
      );
    });
  });
}

function pomVersions(): { neo4j: string; gds: string } {
  const pom = readFileSync(join(LAUNCHER_DIR, 'pom.xml'), 'utf8');
  return {
    neo4j: /<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? '?',
    gds: /<gds\.version>([^<]+)</.exec(pom)?.[1] ?? '?',
  };
}
