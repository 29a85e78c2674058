import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNeo4j } from '../../neo4j-launcher/neo4j-launcher.ts';

/**
 * Starts a throw-away Neo4j (temporary data folder, free port) for the whole test run, unless
 * NEO4J_URI names one to use instead. Test files empty the database they get, so an external
 * database must be one meant for tests.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const uri = process.env['NEO4J_URI'];
  if (uri) {
    console.warn(`actorgraph tests: using NEO4J_URI=${uri}; its data will be deleted`);
    project.provide('neo4j', {
      uri,
      user: process.env['NEO4J_USER'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
      ...(process.env['NEO4J_DATABASE'] ? { database: process.env['NEO4J_DATABASE'] } : {}),
    });
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'actorgraph-test-neo4j-'));
  const started = Date.now();
  const neo4j = await startNeo4j({ dataDir, port: 0, heap: '1g' });
  console.log(
    `actorgraph tests: throw-away Neo4j on ${neo4j.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
