// Where things live, and the environment variables that move them.
// Paths are resolved from this file, not the cwd, so the scripts work from any folder.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The neo4j-launcher/ folder (pom.xml, Java sources, build output in neo4j-launcher/target). */
export const LAUNCHER_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = resolve(LAUNCHER_DIR, '..');
export const TARGET_DIR = join(LAUNCHER_DIR, 'target');

export const DEFAULT_BOLT_PORT = 7687;
/** Heap of the Neo4j JVM; the page cache (256m) is set separately and lives off-heap. */
export const DEFAULT_HEAP = '1g';
export const DEFAULT_PAGE_CACHE = '256m';
/** Half the default heap: one runaway query cannot take the database down with it. */
export const DEFAULT_TRANSACTION_MEMORY = '512m';

/** `.data/neo4j` in the repo (git-ignored), or NEO4J_DATA_DIR. */
export function defaultDataDir(): string {
  const fromEnv = process.env['NEO4J_DATA_DIR'];
  return fromEnv ? resolve(fromEnv) : join(REPO_DIR, '.data', 'neo4j');
}

/** NEO4J_BOLT_PORT, else 7687. */
export function defaultBoltPort(): number {
  const raw = process.env['NEO4J_BOLT_PORT'];
  if (raw === undefined || raw === '') return DEFAULT_BOLT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`NEO4J_BOLT_PORT must be a port number (0-65535), got "${raw}"`);
  }
  return port;
}

/** Files inside one data directory (which doubles as the Neo4j home directory). */
export function dataDirFiles(dataDir: string) {
  return {
    /** Neo4j's own store: data/databases, data/transactions, data/dbms. */
    store: join(dataDir, 'data'),
    logs: join(dataDir, 'logs'),
    /** stdout/stderr of the Java launcher (start-up errors land here). */
    launcherLog: join(dataDir, 'logs', 'launcher.log'),
    /** Neo4j's main log. */
    debugLog: join(dataDir, 'logs', 'debug.log'),
    password: join(dataDir, 'password'),
    /** JSON {pid, port, ...} of the running launcher; absent when stopped. */
    pidFile: join(dataDir, 'neo4j.pid.json'),
  };
}
