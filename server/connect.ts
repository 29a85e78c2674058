import { startNeo4j } from '../neo4j-launcher/neo4j-launcher.ts';
import type { Config } from './config.ts';
import { createDatabase, type Database } from './db/database.ts';

export interface Connection {
  readonly db: Database;
  /** Where the database is, for messages (never includes the password). */
  readonly description: string;
  /** Closes the driver, and stops the embedded Neo4j if this connection started it. */
  close(): Promise<void>;
}

/**
 * Connects to the database the configuration names: NEO4J_URI when set (starting nothing),
 * else the embedded default in NEO4J_DATA_DIR, reusing it when `npm run db:start` already runs
 * it and otherwise starting it for as long as this process lives.
 */
export async function openDatabase(config: Config, options: { waitForIt?: boolean } = {}): Promise<Connection> {
  if (config.externalDatabase) {
    const db = createDatabase({ ...config.externalDatabase, readTimeoutMs: config.limits.requestTimeoutMs });
    // A command fails at once with a clear error; the server (waitForIt) starts anyway and
    // becomes ready when the database answers.
    if (!options.waitForIt) await db.verifyConnectivity();
    return { db, description: config.externalDatabase.uri, close: () => db.close() };
  }
  const neo4j = await startNeo4j({ dataDir: config.dataDir, port: config.boltPort });
  const db = createDatabase({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    readTimeoutMs: config.limits.requestTimeoutMs,
  });
  await db.verifyConnectivity();
  return {
    db,
    description: `${neo4j.uri} (embedded, data in ${neo4j.dataDir}${neo4j.reused ? ', already running' : ''})`,
    async close() {
      await db.close();
      if (!neo4j.reused) await neo4j.stop();
    },
  };
}
