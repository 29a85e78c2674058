// npm run soak [-- --minutes 5 --rate 30]: the long run of the load test. A throw-away Neo4j with
// the seed, the real app on a loopback port, mixed reads and writes at a fixed rate for minutes;
// then the errors, the latencies, the open transactions and the process's memory before, at the
// peak and after (back to its baseline once the load stops).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startNeo4j } from '../../neo4j-launcher/neo4j-launcher.ts';
import { createApp } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { createDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { seedDatabase } from '../../server/ingest/seed.ts';
import { runLoad } from './run-load.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { minutes: { type: 'string', default: '5' }, rate: { type: 'string', default: '30' } },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const EDITOR = 'soak-editor-token-000000001';
const megabytes = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

const dataDir = await mkdtemp(join(tmpdir(), 'actorgraph-soak-'));
const neo4j = await startNeo4j({ dataDir, port: 0 });
const db = createDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
try {
  await migrate(db);
  await seedDatabase(db);
  const app = createApp({ db, config: readConfig({ NODE_ENV: 'production', ACTORGRAPH_TOKENS: `${EDITOR}:editor` }) });
  const server = createServer(app.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const baseline = megabytes();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, megabytes())), 1000);
  console.log(`soak: ${minutes} min at ${rate} requests/s against ${url}, memory ${baseline} MB`);
  const report = await runLoad({ url, seconds: minutes * 60, rate, editorToken: EDITOR, actorId: 'pakistan' });
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  globalThis.gc?.();
  const open = await db.read(cypherQuery('test/open-transactions'));
  console.log(
    [
      `requests: ${report.requests}`,
      `errors: HTTP ${report.httpErrors}, connection ${report.connectionErrors}, GraphQL ${report.graphqlErrors}`,
      `latency: p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
      `memory (RSS): ${baseline} MB before, ${peak} MB at peak, ${megabytes()} MB after`,
      `open transactions after: ${JSON.stringify(open[0]?.['open'])}`,
      ...report.firstErrors.map((error) => `error: ${error}`),
    ].join('\n'),
  );
  server.closeAllConnections();
  server.close();
  await app.close();
  process.exitCode = report.httpErrors + report.connectionErrors + report.graphqlErrors === 0 ? 0 : 1;
} finally {
  await db.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
}
