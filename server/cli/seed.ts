// npm run seed: loads every knowledge file in seed/ into the configured database, one
// transaction per file. Running it again changes nothing.
import { readConfig } from '../config.ts';
import { openDatabase } from '../connect.ts';
import { migrate } from '../db/migrate.ts';
import { countGraph, seedDatabase } from '../ingest/seed.ts';
import { runCli } from './run-cli.ts';

await runCli(async () => {
  const connection = await openDatabase(readConfig());
  try {
    await migrate(connection.db);
    for (const report of await seedDatabase(connection.db)) {
      console.log(
        `loaded ${report.file}: ${report.actors} actors, ${report.relations} relations, ${report.evidence} evidence`,
      );
    }
    const size = await countGraph(connection.db);
    console.log(
      `the graph holds ${size.actors} actors, ${size.relations} relations, ${size.evidence} evidence items, ${size.sources} sources`,
    );
  } finally {
    await connection.close();
  }
});
