import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cypherQuery } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { ingestDocument, readKnowledgeFile, type IngestReport } from './ingest-document.ts';

export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed');
const graphSize = cypherQuery('read/graph-size');

/** The knowledge files of a folder, in name order (so a file may build on those before it). */
export async function listKnowledgeFiles(dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((file) => /\.(ya?ml|json)$/.test(file)).sort();
  return files.map((file) => join(dir, file));
}

/**
 * Loads knowledge files one transaction each, in order. Every file is validated before anything
 * of it is written; the first bad file stops the run with its problems listed.
 */
export async function ingestFiles(db: Database, files: readonly string[]): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  for (const file of files) reports.push(await ingestDocument(db, await readKnowledgeFile(file), file));
  return reports;
}

export async function seedDatabase(db: Database, dir = SEED_DIR): Promise<IngestReport[]> {
  return ingestFiles(db, await listKnowledgeFiles(dir));
}

export interface GraphSize {
  actors: number;
  relations: number;
  evidence: number;
  sources: number;
}

export async function countGraph(db: Database): Promise<GraphSize> {
  const [row] = await db.read(graphSize);
  return {
    actors: Number(row?.['actors'] ?? 0),
    relations: Number(row?.['relations'] ?? 0),
    evidence: Number(row?.['evidence'] ?? 0),
    sources: Number(row?.['sources'] ?? 0),
  };
}
