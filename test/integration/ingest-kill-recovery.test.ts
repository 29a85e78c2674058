import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j, type Neo4jHandle } from '../../neo4j-launcher/neo4j-launcher.ts';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import { createDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import type { KnowledgeDocument } from '../../server/ingest/document-schema.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { openTestDatabase } from '../support/test-database.ts';

// Neo4j killed (SIGKILL) in the middle of an ingest, then restarted: what was acknowledged is
// there, and running the ingest again converges to exactly the graph a clean ingest gives. The
// database here is a throw-away one of this file's own, so that killing it disturbs no other test.

const graphSnapshot = cypherQuery('test/graph-snapshot');
const countRelations = cypherQuery('test/relations-with-ids');
const wipe = cypherQuery('test/wipe-database');

/** Invented knowledge files that build on each other: actors shared across files, one source each. */
function generatedFiles(files: number, relationsPerFile: number): KnowledgeDocument[] {
  return Array.from({ length: files }, (_, f) =>
    parseKnowledgeDocument({
      format: 'actorgraph/v1',
      sources: [{ id: `kill-source-${f}`, title: `Generated report ${f}`, publisher: 'Generated Wire' }],
      actors: Array.from({ length: 20 }, (_, a) => ({
        id: `kill-actor-${(f * 7 + a) % 60}`,
        name: `Generated Actor ${(f * 7 + a) % 60}`,
        kind: 'ORGANISATION',
        aliases: [`GA${(f * 7 + a) % 60}`],
      })),
      relations: Array.from({ length: relationsPerFile }, (_, r) => ({
        id: `kill-relation-${f}-${r}`,
        type: r % 3 === 0 ? 'ATTACK' : r % 3 === 1 ? 'CONSULT' : 'SUPPORT',
        from: `kill-actor-${(f * 7 + (r % 20)) % 60}`,
        to: `kill-actor-${(f * 7 + ((r + 1 + (r % 5)) % 20)) % 60}`,
        when: { date: `20${10 + (r % 12)}-0${1 + (r % 9)}` },
        evidence: [
          {
            source: `kill-source-${f}`,
            quote: `Generated quote ${f}-${r}`,
            attribution: 'Generated Wire',
            status: 'REPORTED',
            confidence: 0.6,
          },
        ],
      })),
    }),
  );
}

const FILES = generatedFiles(24, 80);

let dataDir: string;
let neo4j: Neo4jHandle;
let db: Database;
let cleanSnapshot: unknown;

async function open(): Promise<void> {
  neo4j = await startNeo4j({ dataDir, port: 0, heap: '512m' });
  db = createDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  await migrate(db);
}

beforeAll(async () => {
  // The graph a clean ingest of the same files gives, in the shared test database.
  const reference = await openTestDatabase();
  for (const file of FILES) await ingestDocument(reference, file);
  cleanSnapshot = await reference.read(graphSnapshot);
  await reference.close();

  dataDir = await mkdtemp(join(tmpdir(), 'actorgraph-kill-'));
  await open();
}, 600_000);

afterAll(async () => {
  await db?.close().catch(() => undefined);
  await neo4j?.stop().catch(() => undefined);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('an ingest interrupted by killing Neo4j', () => {
  // Kill points: while the first file is being written, and in the middle of later ones.
  it.each([
    [0, 100],
    [5, 30],
    [12, 10],
  ])(
    'killed while writing the file after %i acknowledged ones: keeps those, and a re-run converges to the clean graph',
    { timeout: 600_000 },
    async (afterFiles, delayMs) => {
      await db.writeTransaction((tx) => tx.run(wipe));
      await migrate(db);
      const acknowledged: string[] = [];
      let files = 0;
      let kill: () => void = () => undefined;
      const killed = new Promise<void>((resolve) => {
        kill = () =>
          setTimeout(() => {
            process.kill(neo4j.pid, 'SIGKILL');
            resolve();
          }, delayMs);
      });
      if (afterFiles === 0) kill();
      const ingest = (async () => {
        for (const file of FILES) {
          await ingestDocument(db, file);
          acknowledged.push(...file.relations.map((relation) => relation.id));
          if (++files === afterFiles) kill();
        }
      })();
      await killed;
      await ingest.catch(() => undefined); // the ingest fails with the database gone
      await db.close().catch(() => undefined);

      // The kill came before the ingest was through: it was interrupted.
      expect(files).toBeLessThan(FILES.length);
      await open();
      const present = await db.read(countRelations, { ids: acknowledged });
      expect(present[0]!['found']).toBe(acknowledged.length);

      for (const file of FILES) await ingestDocument(db, file);
      expect(await db.read(graphSnapshot)).toEqual(cleanSnapshot);
    },
  );
});
