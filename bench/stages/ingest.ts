import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Driver } from 'neo4j-driver';
import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { assessRelation } from '../../server/domain/confidence.ts';
import { boundsOf } from '../../server/domain/date-window.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { toActorRow, toEvidenceRow, toRelationRow } from '../../server/ingest/prepare-rows.ts';
import type { Progress } from '../progress.ts';
import { scaleDocuments, type ScaleShape } from '../scale-graph.ts';

const LOADS = ['actors', 'sources', 'relations', 'evidence'] as const;
type Load = (typeof LOADS)[number];
const loadCsv: Record<Load, string> = {
  actors: cypherQuery('bench/load-csv-actors').text,
  sources: cypherQuery('bench/load-csv-sources').text,
  relations: cypherQuery('bench/load-csv-relations').text,
  evidence: cypherQuery('bench/load-csv-evidence').text,
};

const COLUMNS: Record<Load, string[]> = {
  actors: ['id', 'name', 'kind', 'aliases'],
  sources: ['id', 'title', 'publisher'],
  relations: [
    'id',
    'type',
    'from',
    'to',
    'quad',
    'polarity',
    'sign',
    'intensity',
    'summary',
    'isEvent',
    'validFrom',
    'datePrecision',
    'validTo',
    'validToPrecision',
    'validFromLast',
    'validToFirst',
    'validToLast',
    'status',
    'confidence',
    'evidenceCount',
    'sourceIds',
  ],
  evidence: ['id', 'relationId', 'sourceId', 'quote', 'attribution', 'anonymous', 'stance', 'status', 'confidence'],
};

export interface CsvRows {
  /** Relations in the rows (the first ones of the scale). */
  readonly relations: number;
  readonly url: (load: Load) => string;
  close(): Promise<void>;
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Writes the scale's documents as the CSV rows the baseline loads (the same actors, sources,
 * relations and evidence that ingest writes, with what ingest derives already derived) and
 * serves them over HTTP for LOAD CSV, which reads URLs whatever the server's import folder is.
 */
export async function writeCsvRows(shape: ScaleShape, maxRelations: number): Promise<CsvRows> {
  const relations = Math.min(maxRelations, shape.relations);
  const dir = await mkdtemp(join(tmpdir(), 'actorgraph-bench-csv-'));
  const streams = Object.fromEntries(
    LOADS.map((load) => {
      const stream = createWriteStream(join(dir, `${load}.csv`));
      stream.write(COLUMNS[load].join(',') + '\n');
      return [load, stream];
    }),
  ) as Record<Load, WriteStream>;
  const write = async (load: Load, row: Record<string, unknown>) => {
    if (!streams[load].write(COLUMNS[load].map((column) => csvCell(row[column])).join(',') + '\n'))
      await once(streams[load], 'drain');
  };
  for (const doc of scaleDocuments({ ...shape, relations })) {
    for (const actor of doc.actors) {
      const row = toActorRow(actor);
      await write('actors', { ...row, aliases: row.aliases.join('|') });
    }
    for (const source of doc.sources) await write('sources', source);
    for (const relation of doc.relations) {
      const row = toRelationRow(relation);
      const evidence = relation.evidence.map((item) => toEvidenceRow(relation.id, item));
      const assessment = assessRelation(
        evidence.map((item) => ({
          stance: item.stance ?? 'ASSERTS',
          status: item.status,
          confidence: item.confidence,
          retracted: false,
        })),
      );
      const polarity = row.polarity ?? row.defaults.polarity;
      await write('relations', {
        ...row,
        ...boundsOf(row),
        polarity,
        sign: row.sign ?? row.defaults.sign,
        intensity: row.intensity ?? row.defaults.intensity,
        status: assessment.status,
        confidence: assessment.confidence,
        evidenceCount: assessment.evidenceCount,
        sourceIds: [...new Set(evidence.map((item) => item.sourceId))].sort().join('|'),
      });
      for (const item of evidence) await write('evidence', { ...item, stance: item.stance ?? 'ASSERTS' });
    }
  }
  await Promise.all(LOADS.map((load) => new Promise<void>((resolve) => streams[load].end(() => resolve()))));
  const server = createServer((req, res) => {
    const load = LOADS.find((name) => req.url === `/${name}.csv`);
    if (!load) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/csv' });
    createReadStream(join(dir, `${load}.csv`)).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    relations,
    url: (load) => `http://127.0.0.1:${port}/${load}.csv`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The baseline: LOAD CSV ... CALL { } IN TRANSACTIONS of the same rows, in auto-commit transactions. */
export async function loadCsvBaseline(driver: Driver, rows: CsvRows, progress: Progress): Promise<number> {
  const started = performance.now();
  for (const [index, load] of LOADS.entries()) {
    progress.tick(index, `LOAD CSV ${load}`);
    const session = driver.session();
    try {
      await session.run(loadCsv[load], { url: rows.url(load) });
    } finally {
      await session.close();
    }
  }
  return performance.now() - started;
}

/**
 * The measured path: every document validated (as `npm run ingest` validates a file) and loaded
 * by ingestDocument, one write transaction per document. Returns the milliseconds it took.
 */
export async function ingestScale(
  db: Database,
  shape: ScaleShape,
  progress: Progress,
  onProgress: (relations: number, ms: number) => void = () => {},
): Promise<number> {
  const started = performance.now();
  let relations = 0;
  for (const doc of scaleDocuments(shape)) {
    await ingestDocument(db, parseKnowledgeDocument(doc));
    relations += doc.relations.length;
    onProgress(relations, performance.now() - started);
    const seconds = (performance.now() - started) / 1000;
    progress.tick(relations, `${Math.round(relations / Math.max(seconds, 0.001))} relations/s`);
  }
  return performance.now() - started;
}
