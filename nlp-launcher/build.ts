// Turns nlp-launcher/pom.xml into jars `java` can run, running Maven only when needed: the first
// build copies CoreNLP, its English models and their dependencies from ~/.m2 (or Maven Central)
// into nlp-launcher/target/lib; a stamp keyed by a hash of the pom and the Java sources lets
// every later start skip Maven.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { tailFile } from '../neo4j-launcher/tail.ts';
import { NLP_LAUNCHER_DIR, NLP_TARGET_DIR } from './paths.ts';

export interface NlpBuild {
  /** Value for the CLASSPATH variable: our classes and every jar in target/lib. */
  readonly classpath: string;
  readonly coreNlpVersion: string;
}

const STAMP_FILE = join(NLP_TARGET_DIR, 'build-stamp.json');
const MAVEN_LOG = join(NLP_TARGET_DIR, 'maven.log');
const CLASSES_DIR = join(NLP_TARGET_DIR, 'classes');
const LIB_DIR = join(NLP_TARGET_DIR, 'lib');

export async function ensureNlpBuilt(options: { log?: (message: string) => void } = {}): Promise<NlpBuild> {
  const log = options.log ?? ((message: string) => process.stderr.write(message + '\n'));
  const key = buildKey();
  const current = validStamp(key);
  if (current) return current;

  const version = /<corenlp\.version>([^<]+)</.exec(readFileSync(join(NLP_LAUNCHER_DIR, 'pom.xml'), 'utf8'))?.[1];
  log(`actorgraph: fetching Stanford CoreNLP ${version ?? ''} and its English models with Maven (first use only)...`);
  mkdirSync(NLP_TARGET_DIR, { recursive: true });
  const started = Date.now();
  await runMaven(['-B', '-q', '-f', join(NLP_LAUNCHER_DIR, 'pom.xml'), 'process-classes']);
  const jars = readdirSync(LIB_DIR)
    .filter((name) => name.endsWith('.jar'))
    .sort()
    .map((name) => join(LIB_DIR, name));
  const build: NlpBuild = { classpath: [CLASSES_DIR, ...jars].join(delimiter), coreNlpVersion: version ?? '?' };
  writeFileSync(STAMP_FILE, JSON.stringify({ key, ...build }, null, 2) + '\n');
  log(`actorgraph: CoreNLP ready (${((Date.now() - started) / 1000).toFixed(1)}s); later starts skip Maven.`);
  return build;
}

/** Hash of everything that changes the build's output. */
function buildKey(): string {
  const hash = createHash('sha256');
  const sources = join(NLP_LAUNCHER_DIR, 'src');
  const files = readdirSync(sources, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of [join(NLP_LAUNCHER_DIR, 'pom.xml'), ...files]) {
    hash.update(relative(NLP_LAUNCHER_DIR, file) + '\0');
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** The stamp, if it matches `key` and every jar it names is still there. */
function validStamp(key: string): NlpBuild | null {
  if (!existsSync(STAMP_FILE)) return null;
  try {
    const { key: stampKey, ...build } = JSON.parse(readFileSync(STAMP_FILE, 'utf8')) as NlpBuild & { key: string };
    if (stampKey !== key) return null;
    return build.classpath.split(delimiter).every((entry) => existsSync(entry)) ? build : null;
  } catch {
    return null;
  }
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const fd = openSync(MAVEN_LOG, 'w');
    const child = spawn('mvn', args, { cwd: NLP_LAUNCHER_DIR, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error('mvn was not found on PATH. The NLP engine needs Maven 3.8+ and Java 17+.')
          : error,
      ),
    );
    child.once('exit', (code, signal) =>
      code === 0
        ? resolveRun()
        : reject(new Error(`mvn ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tailFile(MAVEN_LOG, 40)}`)),
    );
  });
}
