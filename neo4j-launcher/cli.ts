// npm run db:start | db:stop | db:status — the local Neo4j for development.
// Data: .data/neo4j (NEO4J_DATA_DIR); port: NEO4J_BOLT_PORT or 7687; heap: NEO4J_HEAP or 1g.
// If NEO4J_URI is set, an external database is configured and this does nothing.
import { relative } from 'node:path';
import { defaultDataDir, neo4jStatus, startNeo4j, stopNeo4j } from './neo4j-launcher.ts';
import { dataDirFiles } from './paths.ts';

const USAGE = 'usage: tsx neo4j-launcher/cli.ts start|stop|status';

/** Paths relative to the repo read better in a terminal. */
const show = (path: string) => relative(process.cwd(), path) || '.';

async function main(command: string | undefined): Promise<number> {
  if (command !== 'start' && command !== 'stop' && command !== 'status') {
    console.error(USAGE);
    return 2;
  }
  const externalUri = process.env['NEO4J_URI'];
  if (externalUri) {
    console.log(
      `NEO4J_URI is set (${externalUri}): an external database is configured, ` +
        `so no local Neo4j is ${command === 'start' ? 'started' : command === 'stop' ? 'stopped' : 'managed'}.`,
    );
    return 0;
  }
  const dataDir = defaultDataDir();

  if (command === 'start') {
    const started = Date.now();
    const db = await startNeo4j({ dataDir, detached: true });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      db.reused
        ? `Neo4j is already running: ${db.uri} (pid ${db.pid})`
        : `Neo4j is running: ${db.uri} (pid ${db.pid}, started in ${seconds}s)`,
    );
    console.log(`  user ${db.user}, password in ${show(dataDirFiles(dataDir).password)}`);
    console.log(`  data ${show(dataDir)}, logs ${show(db.logFile)} and debug.log beside it`);
    console.log('  stop with: npm run db:stop');
    return 0;
  }

  if (command === 'stop') {
    const status = neo4jStatus(dataDir);
    if (!status.running) {
      console.log(`Neo4j is not running (data ${show(dataDir)}).`);
      return 0;
    }
    await stopNeo4j(dataDir);
    console.log(`Neo4j stopped (was pid ${status.pid}, port ${status.port}).`);
    return 0;
  }

  const status = neo4jStatus(dataDir);
  console.log(
    status.running
      ? `Neo4j is running: ${status.uri} (pid ${status.pid}, port ${status.port}, since ${status.startedAt})`
      : `Neo4j is stopped (data ${show(dataDir)}).`,
  );
  return 0;
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
