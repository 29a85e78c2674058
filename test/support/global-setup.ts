import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNeo4j } from '../../neo4j-launcher/neo4j-launcher.ts';
import { nlpServerStatus, stopNlpServer } from '../../nlp-launcher/nlp-launcher.ts';

type Neo4jSettings = { uri: string; user: string; password: string; database?: string };

interface SharedNeo4j {
  readonly settings: Promise<Neo4jSettings>;
  /** Whether an NLP engine was already running before the tests (a developer's, left alone). */
  readonly nlpWasRunning: boolean;
  users: number;
  stop(): Promise<void>;
}

// Vitest runs the global setup once per project (tier) that has files in the run, each in its own
// module graph, so module state is not shared between tiers. One process-wide slot lets the
// integration and browser tiers use one database: starting Neo4j twice would cost a second JVM
// and another 15-30 s.
const SLOT = Symbol.for('actorgraph.test-neo4j');
const slots = globalThis as typeof globalThis & { [SLOT]?: SharedNeo4j };

/**
 * Starts a throw-away Neo4j (temporary data folder, free port) for the tiers that need a
 * database, unless NEO4J_URI names one to use instead. Test files empty the database they get,
 * so an external database must be one meant for tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (slots[SLOT] ??= openNeo4j());
  shared.users++;
  project.provide('neo4j', await shared.settings);
  return async () => {
    if (--shared.users > 0) return;
    delete slots[SLOT];
    await shared.stop();
    // The extractor starts the NLP engine on first use and keeps it warm for the next article;
    // a test run that started it stops it, so no 4 GB JVM outlives the tests.
    if (!shared.nlpWasRunning && nlpServerStatus() !== null) await stopNlpServer();
  };
}

function openNeo4j(): SharedNeo4j {
  const uri = process.env['NEO4J_URI'];
  if (uri) {
    console.warn(`actorgraph tests: using NEO4J_URI=${uri}; its data will be deleted`);
    const settings: Neo4jSettings = {
      uri,
      user: process.env['NEO4J_USER'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
      ...(process.env['NEO4J_DATABASE'] ? { database: process.env['NEO4J_DATABASE'] } : {}),
    };
    return {
      settings: Promise.resolve(settings),
      nlpWasRunning: nlpServerStatus() !== null,
      users: 0,
      stop: async () => {},
    };
  }
  const started = startThrowAwayNeo4j();
  return {
    settings: started.then(({ settings }) => settings),
    nlpWasRunning: nlpServerStatus() !== null,
    users: 0,
    stop: async () => (await started).stop(),
  };
}

async function startThrowAwayNeo4j(): Promise<{ settings: Neo4jSettings; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'actorgraph-test-neo4j-'));
  const started = Date.now();
  const neo4j = await startNeo4j({ dataDir, port: 0, heap: '1g' });
  console.log(
    `actorgraph tests: throw-away Neo4j on ${neo4j.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return {
    settings: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
    async stop() {
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
