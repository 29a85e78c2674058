// Starts actorgraph: connects to Neo4j (the embedded default or NEO4J_URI) and serves the API and
// the client on PORT at once; the schema is applied and the seed loaded into an empty graph as
// soon as the database answers (until then /ready says why not, and GraphQL answers
// DATABASE_UNAVAILABLE). SIGTERM or SIGINT drains the requests in flight and exits 0.
import { createServer } from 'node:http';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './connect.ts';
import { prepareDatabaseWhenReachable } from './prepare-database.ts';

/** How long requests in flight may take to finish after SIGTERM before they are cut. */
const DRAIN_MS = 10_000;

const config = readConfig();
console.log('actorgraph: connecting to Neo4j...');
const connection = await openDatabase(config, { waitForIt: true });
console.log(`actorgraph: using ${connection.description}`);

let prepared = false;
const preparing = prepareDatabaseWhenReachable(connection.db);
preparing.done.then(
  () => {
    prepared = true;
  },
  (error: unknown) => {
    console.error(`actorgraph: could not prepare the database: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);

const app = createApp({
  db: connection.db,
  config,
  notReadyReason: () => (prepared ? null : 'the schema and seed are being loaded'),
});
const server = createServer(app.handle);
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`actorgraph: ready on http://localhost:${port} (GraphQL API at http://localhost:${port}/graphql)`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`actorgraph: ${signal} received, finishing requests in flight`);
  preparing.stop();
  // Stop accepting; idle keep-alive connections go now, busy ones when their answer is sent.
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  await drained;
  clearTimeout(cut);
  await app.close();
  await connection.close();
  console.log('actorgraph: stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
