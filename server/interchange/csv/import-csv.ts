import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cypherQuery } from '../../db/cypher-files.ts';
import type { Database, Transaction } from '../../db/database.ts';
import { checkEvidenceIdentity } from '../../ingest/check-evidence-identity.ts';
import type { ActorInput, SourceInput } from '../../ingest/document-schema.ts';
import { InvalidInputError } from '../../ingest/errors.ts';
import { toActorRow, toEvidenceRow, toRelationRow, toSourceRow } from '../../ingest/prepare-rows.ts';
import { refreshRelations } from '../../ingest/refresh-relations.ts';
import {
  ACTOR_COLUMNS,
  CSV_FILES,
  EVIDENCE_COLUMNS,
  RELATION_COLUMNS,
  SOURCE_COLUMNS,
  type CsvFileKind,
} from './csv-columns.ts';
import {
  readActorRow,
  readEvidenceRow,
  readRelationRow,
  readSourceRow,
  type EvidenceRowInput,
  type RelationRowInput,
  type RowResult,
} from './csv-rows.ts';
import { CsvFileError, readCsvFile, type CsvRow } from './read-csv-file.ts';

const existingIds = cypherQuery('ingest/existing-ids');
const mergeSources = cypherQuery('ingest/merge-sources');
const mergeActors = cypherQuery('ingest/merge-actors');
const mergeRelations = cypherQuery('ingest/merge-relations');
const mergeEvidence = cypherQuery('ingest/merge-evidence');
const mergeLinks = cypherQuery('ingest/merge-links');
const markRetracted = cypherQuery('interchange/mark-evidence-retracted');

export interface CsvImportOptions {
  /** Refuse the whole folder, writing nothing, when any row has a problem. */
  readonly strict?: boolean;
  /** Rows written per transaction. */
  readonly batchSize?: number;
}

export interface CsvImportProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface CsvImportSummary {
  readonly rowsRead: number;
  readonly loaded: number;
  readonly skipped: number;
  readonly problems: readonly CsvImportProblem[];
}

const DEFAULT_BATCH_SIZE = 1000;

/** What each file's header must and may name: the export's columns, the derived ones optional. */
const COLUMNS: Record<CsvFileKind, { known: string[]; required: string[] }> = {
  actors: { known: ACTOR_COLUMNS.map((c) => c.name), required: ['id', 'name', 'kind'] },
  sources: { known: SOURCE_COLUMNS.map((c) => c.name), required: ['id', 'title', 'publisher'] },
  relations: { known: RELATION_COLUMNS.map((c) => c.name), required: ['id', 'type', 'from', 'to'] },
  evidence: {
    known: EVIDENCE_COLUMNS.map((c) => c.name),
    required: ['relation', 'source', 'quote', 'attribution', 'status', 'confidence'],
  },
};

interface Located<T> {
  readonly line: number;
  readonly value: T;
}

/**
 * Loads a folder written by the CSV export (actors.csv, relations.csv, evidence.csv,
 * sources.csv; a missing file has no rows) into the graph. Every row is checked first with the
 * knowledge-file schemas and against the folder and the graph (the actors a relation ties, the
 * relation and source of each piece of evidence, ...): a row with a problem is reported with its
 * file and line and skipped, along with the rows that need it; with `strict`, any problem refuses
 * the whole folder and nothing is written. The rest is written in transactions of `batchSize`
 * rows with the same merges as knowledge files (UNWIND), so loading a folder twice changes
 * nothing the second time, and a load that stopped half-way is simply run again. Derived values
 * in the files (status, confidence, evidence count, sources of a relation) are not read: the
 * graph derives them again from the evidence.
 */
export async function importCsvFolder(
  db: Database,
  folder: string,
  options: CsvImportOptions = {},
): Promise<CsvImportSummary> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new InvalidInputError([{ path: folder, message: 'is not a folder' }], 'CSV import');
  }
  const present = (Object.keys(CSV_FILES) as CsvFileKind[]).filter((kind) => existsSync(join(folder, CSV_FILES[kind])));
  if (present.length === 0) {
    throw new InvalidInputError(
      [{ path: folder, message: `holds none of ${Object.values(CSV_FILES).join(', ')}` }],
      'CSV import',
    );
  }
  const problems: CsvImportProblem[] = [];
  let rowsRead = 0;
  const read = async <T>(kind: CsvFileKind, convert: (row: CsvRow) => RowResult<T>): Promise<Located<T>[]> => {
    const file = CSV_FILES[kind];
    const path = join(folder, file);
    if (!existsSync(path)) return [];
    const kept: Located<T>[] = [];
    try {
      for await (const row of readCsvFile(path, COLUMNS[kind], (problem) => {
        rowsRead++;
        problems.push({ file, ...problem });
      })) {
        rowsRead++;
        const result = convert(row);
        if (result.ok) kept.push({ line: row.line, value: result.value });
        else problems.push({ file, line: row.line, message: result.problems.join('; ') });
      }
    } catch (error) {
      if (error instanceof CsvFileError)
        throw new InvalidInputError([{ path: file, message: error.message }], 'CSV import');
      throw error;
    }
    return kept;
  };

  const sourceRows = await read('sources', readSourceRow);
  const actorRows = await read('actors', readActorRow);
  const relationRows = await read('relations', readRelationRow);
  const evidenceRows = await read('evidence', readEvidenceRow);

  const plan = await db.readTransaction((tx) =>
    checkFolder(tx, { sourceRows, actorRows, relationRows, evidenceRows }, problems),
  );
  if (options.strict && problems.length > 0) {
    throw new InvalidInputError(
      problems.map((problem) => ({ path: `${problem.file}:${problem.line}`, message: problem.message })),
      `CSV import of ${folder} refused (strict): nothing was written`,
    );
  }
  await writePlan(db, plan, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const skipped = new Set(problems.map((problem) => `${problem.file}:${problem.line}`)).size;
  return { rowsRead, loaded: rowsRead - skipped, skipped, problems: sortProblems(problems) };
}

interface FolderRows {
  readonly sourceRows: Located<SourceInput>[];
  readonly actorRows: Located<ActorInput>[];
  readonly relationRows: Located<RelationRowInput>[];
  readonly evidenceRows: Located<EvidenceRowInput>[];
}

interface WritePlan {
  readonly sources: SourceInput[];
  readonly actors: ActorInput[];
  readonly relations: RelationRowInput[];
  readonly evidence: EvidenceRowInput[];
}

/**
 * Keeps the rows whose references resolve (in the folder or in the graph), reporting the others;
 * a relation needs at least one piece of evidence unless the graph already has it.
 */
async function checkFolder(tx: Transaction, rows: FolderRows, problems: CsvImportProblem[]): Promise<WritePlan> {
  const referenced = {
    actorIds: new Set<string>(),
    sourceIds: new Set<string>(),
    relationIds: new Set<string>(),
  };
  for (const { value } of rows.sourceRows) value.cites.forEach((id) => referenced.sourceIds.add(id));
  for (const { value } of rows.relationRows) {
    [value.from, value.to, value.location].forEach((id) => id && referenced.actorIds.add(id));
    value.links.forEach((link) => referenced.relationIds.add(link.relation));
  }
  for (const { value } of rows.evidenceRows) {
    referenced.relationIds.add(value.relationId);
    referenced.sourceIds.add(value.evidence.source);
    if (value.evidence.citedSource) referenced.sourceIds.add(value.evidence.citedSource);
    if (value.evidence.attributedTo) referenced.actorIds.add(value.evidence.attributedTo);
  }
  const [stored] = await tx.run(existingIds, {
    actorIds: [...referenced.actorIds],
    sourceIds: [...referenced.sourceIds],
    relationIds: [...referenced.relationIds],
  });
  const inGraph = {
    actor: new Set(stored?.['actorIds'] as string[]),
    source: new Set(stored?.['sourceIds'] as string[]),
    relation: new Set(stored?.['relationIds'] as string[]),
  };
  const report = (file: string, line: number, message: string) => problems.push({ file, line, message });

  const sourceIds = new Set(rows.sourceRows.map(({ value }) => value.id));
  const sources = rows.sourceRows.filter(({ line, value }) => {
    const unknown = value.cites.filter((id) => !sourceIds.has(id) && !inGraph.source.has(id));
    if (unknown.length > 0) report(CSV_FILES.sources, line, `cites unknown sources ${unknown.join(', ')}`);
    return unknown.length === 0;
  });
  const knownSources = new Set([...sources.map(({ value }) => value.id), ...inGraph.source]);

  const actors = rows.actorRows;
  const knownActors = new Set([...actors.map(({ value }) => value.id), ...inGraph.actor]);

  const byEnds = rows.relationRows.filter(({ line, value }) => {
    const unknown = [value.from, value.to, value.location].filter(
      (id): id is string => id !== undefined && !knownActors.has(id),
    );
    if (unknown.length > 0) report(CSV_FILES.relations, line, `refers to unknown actors ${unknown.join(', ')}`);
    return unknown.length === 0;
  });
  const candidateRelations = new Set([...byEnds.map(({ value }) => value.id), ...inGraph.relation]);

  const evidence = rows.evidenceRows.filter(({ line, value }) => {
    const missing: string[] = [];
    if (!candidateRelations.has(value.relationId)) missing.push(`relation ${value.relationId}`);
    if (!knownSources.has(value.evidence.source)) missing.push(`source ${value.evidence.source}`);
    if (value.evidence.citedSource && !knownSources.has(value.evidence.citedSource)) {
      missing.push(`cited source ${value.evidence.citedSource}`);
    }
    if (value.evidence.attributedTo && !knownActors.has(value.evidence.attributedTo)) {
      missing.push(`actor ${value.evidence.attributedTo}`);
    }
    if (missing.length > 0) report(CSV_FILES.evidence, line, `refers to unknown ${missing.join(', ')}`);
    return missing.length === 0;
  });
  const evidenced = new Set(evidence.map(({ value }) => value.relationId));
  const relations = byEnds.filter(({ line, value }) => {
    const ok = evidenced.has(value.id) || inGraph.relation.has(value.id);
    if (!ok) report(CSV_FILES.relations, line, 'has no evidence in evidence.csv (a relation needs at least one)');
    return ok;
  });
  const knownRelations = new Set([...relations.map(({ value }) => value.id), ...inGraph.relation]);
  const linked = relations.filter(({ line, value }) => {
    const unknown = value.links.filter((link) => !knownRelations.has(link.relation));
    if (unknown.length > 0) {
      report(
        CSV_FILES.relations,
        line,
        `links to unknown relations ${unknown.map((link) => link.relation).join(', ')}`,
      );
    }
    return unknown.length === 0;
  });
  const keptRelations = new Set([...linked.map(({ value }) => value.id), ...inGraph.relation]);
  const keptEvidence = evidence.filter(({ line, value }) => {
    if (keptRelations.has(value.relationId)) return true;
    report(CSV_FILES.evidence, line, `supports relation ${value.relationId}, which was not loaded`);
    return false;
  });

  const identity = await checkEvidenceIdentity(
    tx,
    keptEvidence.map(({ line, value }) => {
      const row = toEvidenceRow(value.relationId, value.evidence);
      return { path: String(line), id: row.id, relationId: row.relationId, sourceId: row.sourceId, quote: row.quote };
    }),
  );
  const refused = new Set(identity.problems.map((problem) => Number(problem.path)));
  for (const problem of identity.problems) report(CSV_FILES.evidence, Number(problem.path), problem.message);

  return {
    sources: sources.map(({ value }) => value),
    actors: actors.map(({ value }) => value),
    relations: linked.map(({ value }) => value),
    evidence: keptEvidence.filter(({ line }) => !refused.has(line)).map(({ value }) => value),
  };
}

/**
 * Writes in transactions of `batchSize` rows: sources, actors, then relations with their evidence
 * (each batch re-derives its relations' standing, as every write does), evidence of relations
 * the graph already had, and last the links between relations, which may point to any batch.
 */
async function writePlan(db: Database, plan: WritePlan, batchSize: number): Promise<void> {
  for (const batch of chunks(plan.sources, batchSize)) {
    await db.writeTransaction((tx) => tx.run(mergeSources, { sources: batch.map(toSourceRow) }));
  }
  for (const batch of chunks(plan.actors, batchSize)) {
    await db.writeTransaction((tx) => tx.run(mergeActors, { actors: batch.map(toActorRow) }));
  }
  const evidenceByRelation = new Map<string, EvidenceRowInput[]>();
  for (const item of plan.evidence) {
    evidenceByRelation.set(item.relationId, [...(evidenceByRelation.get(item.relationId) ?? []), item]);
  }
  const inFile = new Set(plan.relations.map((relation) => relation.id));
  for (const batch of chunks(plan.relations, batchSize)) {
    const evidence = batch.flatMap((relation) => evidenceByRelation.get(relation.id) ?? []);
    await db.writeTransaction(async (tx) => {
      await tx.run(mergeRelations, {
        relations: batch.map((relation) => toRelationRow({ ...relation, evidence: [] })),
      });
      await writeEvidence(
        tx,
        evidence,
        batch.map((relation) => relation.id),
      );
    });
  }
  const forStoredRelations = plan.evidence.filter((item) => !inFile.has(item.relationId));
  for (const batch of chunks(forStoredRelations, batchSize)) {
    await db.writeTransaction((tx) => writeEvidence(tx, batch));
  }
  const links = plan.relations.flatMap((relation) =>
    relation.links.map((link) => ({ fromId: relation.id, toId: link.relation, kind: link.kind })),
  );
  for (const batch of chunks(links, batchSize)) {
    await db.writeTransaction((tx) => tx.run(mergeLinks, { links: batch }));
  }
}

/** Writes evidence and re-derives the standing of its relations and of `alsoRefresh`. */
async function writeEvidence(
  tx: Transaction,
  evidence: readonly EvidenceRowInput[],
  alsoRefresh: readonly string[] = [],
): Promise<void> {
  const rows = evidence.map((item) => toEvidenceRow(item.relationId, item.evidence));
  await tx.run(mergeEvidence, { evidence: rows });
  const retractions = evidence.flatMap((item, i) =>
    item.retraction
      ? [{ id: rows[i]!.id, retractedAt: item.retraction.retractedAt, reason: item.retraction.reason }]
      : [],
  );
  if (retractions.length > 0) await tx.run(markRetracted, { retractions });
  await refreshRelations(tx, [...alsoRefresh, ...evidence.map((item) => item.relationId)]);
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function sortProblems(problems: CsvImportProblem[]): CsvImportProblem[] {
  const order = Object.values(CSV_FILES) as string[];
  return [...problems].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.line - b.line);
}
