// npm run bench:interchange: how long an export takes and how large its files are, in each
// format, for the seed and for a synthetic graph (bench/synthetic-graph.ts), and how long the CSV
// export of the synthetic graph takes to load back into an empty database. Runs on a throw-away
// Neo4j; numbers for docs/interchange.md, never asserted by tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeo4j } from '../neo4j-launcher/neo4j-launcher.ts';
import { cypherQuery } from '../server/db/cypher-files.ts';
import { createDatabase, type Database } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { countGraph, seedDatabase } from '../server/ingest/seed.ts';
import { importCsvFolder } from '../server/interchange/csv/import-csv.ts';
import { EXPORT_FORMATS, exportToPath } from '../server/interchange/export/export-graph.ts';
import { readExportFilter } from '../server/interchange/export/export-filter.ts';
import { writeSyntheticGraph } from './synthetic-graph.ts';

const wipe = cypherQuery('test/wipe-database');
const relationCount = Number(process.env['BENCH_RELATIONS'] ?? 10_000);

async function measureExports(db: Database, label: string, out: string): Promise<void> {
  const size = await countGraph(db);
  console.log(
    `\n${label}: ${size.actors} actors, ${size.relations} relations, ${size.evidence} evidence, ${size.sources} sources`,
  );
  for (const format of EXPORT_FORMATS) {
    const path = join(out, `${label}.${format}`);
    const started = performance.now();
    const files = await exportToPath(db, format, readExportFilter({}), path);
    const seconds = (performance.now() - started) / 1000;
    const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
    console.log(
      `  ${format.padEnd(8)} ${seconds.toFixed(2).padStart(7)} s  ${(bytes / 1024).toFixed(0).padStart(8)} KiB`,
    );
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'actorgraph-bench-interchange-'));
const out = await mkdtemp(join(tmpdir(), 'actorgraph-bench-exports-'));
console.error(`starting a throw-away Neo4j in ${dataDir} ...`);
// A shared machine can take minutes to start Neo4j; the export needs no Graph Data Science.
const neo4j = await startNeo4j({ dataDir, port: 0, heap: '2g', pageCache: '512m', gds: false, timeoutMs: 600_000 });
const db = createDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
try {
  await migrate(db);
  await seedDatabase(db);
  await measureExports(db, 'seed', out);

  await db.writeTransaction((tx) => tx.run(wipe));
  await writeSyntheticGraph(db, { actors: Math.max(100, Math.round(relationCount / 5)), relations: relationCount });
  await measureExports(db, `synthetic-${relationCount}`, out);

  await db.writeTransaction((tx) => tx.run(wipe));
  const started = performance.now();
  const summary = await importCsvFolder(db, join(out, `synthetic-${relationCount}.csv`));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nCSV import of synthetic-${relationCount}: ${summary.rowsRead} rows (${summary.loaded} loaded, ${summary.skipped} skipped) in ${seconds.toFixed(2)} s, ${Math.round(summary.rowsRead / seconds)} rows/s`,
  );
} finally {
  await db.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
}
