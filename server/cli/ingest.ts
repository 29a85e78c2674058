// npm run ingest -- FILE...: loads knowledge files (YAML or JSON, format actorgraph/v1), one
// transaction each, in the order given. A bad file is refused with its problems listed and
// writes nothing; files before it stay loaded.
import { readConfig } from '../config.ts';
import { openDatabase } from '../connect.ts';
import { migrate } from '../db/migrate.ts';
import { ingestFiles } from '../ingest/seed.ts';
import { runCli } from './run-cli.ts';

await runCli(async () => {
  const files = process.argv.slice(2).filter((arg) => arg !== '--');
  if (files.length === 0) {
    throw new Error('usage: npm run ingest -- FILE.yaml [FILE.json ...]');
  }
  const connection = await openDatabase(readConfig());
  try {
    await migrate(connection.db);
    for (const report of await ingestFiles(connection.db, files)) {
      console.log(
        `loaded ${report.file}: ${report.sources} sources, ${report.actors} actors, ${report.relations} relations, ${report.evidence} evidence`,
      );
    }
  } finally {
    await connection.close();
  }
});
