// Starts actorgraph: connects to Neo4j (the embedded default or NEO4J_URI), applies the schema,
// loads the seed into an empty graph, and serves the API and the client on PORT.
import { createServer } from 'node:http';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './connect.ts';
import { migrate } from './db/migrate.ts';
import { countGraph, seedDatabase } from './ingest/seed.ts';

const config = readConfig();
console.log('actorgraph: connecting to Neo4j...');
const connection = await openDatabase(config);
console.log(`actorgraph: using ${connection.description}`);

const migrations = await migrate(connection.db);
if (migrations.applied.length > 0) console.log(`actorgraph: applied schema ${migrations.applied.join(', ')}`);
if ((await countGraph(connection.db)).actors === 0) {
  const reports = await seedDatabase(connection.db);
  console.log(`actorgraph: the graph was empty; loaded ${reports.length} seed file(s)`);
}

const app = createApp({ db: connection.db, config });
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
  console.log(`actorgraph: ${signal} received, shutting down`);
  server.close();
  server.closeAllConnections();
  await app.close();
  await connection.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
