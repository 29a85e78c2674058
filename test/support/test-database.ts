import { inject } from 'vitest';
import { createDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { seedDatabase } from '../../server/ingest/seed.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';

const wipe = cypherQuery('test/wipe-database');

/**
 * Opens the test database the global setup started (or the one NEO4J_URI names) and empties
 * it, so every test file starts from a known state. Files run one after another.
 */
export async function openTestDatabase(): Promise<Database> {
  const settings = inject('neo4j');
  const db = createDatabase(settings);
  await db.writeTransaction((tx) => tx.run(wipe));
  await migrate(db);
  return db;
}

export async function openSeededDatabase(): Promise<Database> {
  const db = await openTestDatabase();
  await seedDatabase(db);
  return db;
}

/** The environment that points a command (`npm run ...`) at the test database. */
export function testDatabaseEnv(): NodeJS.ProcessEnv {
  const settings = inject('neo4j');
  return {
    ...process.env,
    NEO4J_URI: settings.uri,
    NEO4J_USER: settings.user,
    NEO4J_PASSWORD: settings.password,
    ...(settings.database ? { NEO4J_DATABASE: settings.database } : {}),
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database?: string };
  }
}
