import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { cypherQuery } from '../db/cypher-files.ts';
import type { Database, Transaction } from '../db/database.ts';
import { knowledgeDocumentSchema, type KnowledgeDocument } from './document-schema.ts';
import { InvalidInputError } from './errors.ts';
import { toActorRow, toEvidenceRow, toRelationRow, toSourceRow } from './prepare-rows.ts';
import { refreshRelations } from './refresh-relations.ts';
import { actorIdsOf, redirectMergedActors } from './redirect-merged-actors.ts';

const existingIds = cypherQuery('ingest/existing-ids');
const mergeSources = cypherQuery('ingest/merge-sources');
const mergeActors = cypherQuery('ingest/merge-actors');
const mergeRelations = cypherQuery('ingest/merge-relations');
const mergeEvidence = cypherQuery('ingest/merge-evidence');
const mergeLinks = cypherQuery('ingest/merge-links');
const mergedActorRedirects = cypherQuery('ingest/merged-actor-redirects');
const addActorAliases = cypherQuery('ingest/add-actor-aliases');

export interface IngestReport {
  readonly file?: string;
  readonly sources: number;
  readonly actors: number;
  readonly relations: number;
  readonly evidence: number;
  readonly links: number;
}

/** Reads and validates a knowledge file (YAML or JSON); throws InvalidInputError naming each bad field. */
export async function readKnowledgeFile(path: string): Promise<KnowledgeDocument> {
  const text = await readFile(path, 'utf8');
  let raw: unknown;
  try {
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new InvalidInputError(
      [{ path: '', message: `not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}` }],
      path,
    );
  }
  return parseKnowledgeDocument(raw, path);
}

export function parseKnowledgeDocument(raw: unknown, context = 'knowledge document'): KnowledgeDocument {
  const parsed = knowledgeDocumentSchema.safeParse(raw);
  if (!parsed.success) throw InvalidInputError.fromZod(parsed.error, context);
  const duplicates = findDuplicateIds(parsed.data);
  if (duplicates.length > 0) throw new InvalidInputError(duplicates, context);
  return parsed.data;
}

/**
 * Loads one knowledge document in one write transaction: every reference is checked first
 * (against the document and the database), so a bad file changes nothing. Loading the same
 * document twice leaves the database as it was after the first time.
 */
export async function ingestDocument(db: Database, doc: KnowledgeDocument, file?: string): Promise<IngestReport> {
  await db.writeTransaction(async (tx) => {
    const redirects = new Map(
      (await tx.run(mergedActorRedirects, { ids: actorIdsOf(doc) })).map(
        (row) => [String(row['id']), String(row['keptId'])] as const,
      ),
    );
    const { doc: resolved, aliasAdditions } = redirectMergedActors(doc, redirects);
    await checkReferences(tx, resolved, file);
    const relations = resolved.relations.map(toRelationRow);
    await tx.run(mergeSources, { sources: resolved.sources.map(toSourceRow) });
    await tx.run(mergeActors, { actors: resolved.actors.map(toActorRow) });
    await tx.run(addActorAliases, { additions: aliasAdditions });
    await tx.run(mergeRelations, { relations });
    await tx.run(mergeEvidence, {
      evidence: resolved.relations.flatMap((relation) =>
        relation.evidence.map((item) => toEvidenceRow(relation.id, item)),
      ),
    });
    await tx.run(mergeLinks, {
      links: resolved.relations.flatMap((relation) =>
        relation.links.map((link) => ({ fromId: relation.id, toId: link.relation, kind: link.kind })),
      ),
    });
    await refreshRelations(
      tx,
      relations.map((relation) => relation.id),
    );
  });
  return {
    ...(file ? { file } : {}),
    sources: doc.sources.length,
    actors: doc.actors.length,
    relations: doc.relations.length,
    evidence: doc.relations.reduce((sum, relation) => sum + relation.evidence.length, 0),
    links: doc.relations.reduce((sum, relation) => sum + relation.links.length, 0),
  };
}

async function checkReferences(tx: Transaction, doc: KnowledgeDocument, file?: string): Promise<void> {
  const actorIds = new Set(doc.actors.map((actor) => actor.id));
  const sourceIds = new Set(doc.sources.map((source) => source.id));
  const relationIds = new Set(doc.relations.map((relation) => relation.id));

  const wanted = { actors: new Set<string>(), sources: new Set<string>(), relations: new Set<string>() };
  const references: { path: string; kind: keyof typeof wanted; id: string }[] = [];
  const refer = (path: string, kind: keyof typeof wanted, id: string | undefined) => {
    if (id === undefined) return;
    references.push({ path, kind, id });
    wanted[kind].add(id);
  };
  doc.sources.forEach((source, i) =>
    source.cites.forEach((id, j) => refer(`sources[${i}].cites[${j}]`, 'sources', id)),
  );
  doc.relations.forEach((relation, i) => {
    refer(`relations[${i}].from`, 'actors', relation.from);
    refer(`relations[${i}].to`, 'actors', relation.to);
    refer(`relations[${i}].location`, 'actors', relation.location);
    relation.evidence.forEach((item, j) => {
      refer(`relations[${i}].evidence[${j}].source`, 'sources', item.source);
      refer(`relations[${i}].evidence[${j}].citedSource`, 'sources', item.citedSource);
      refer(`relations[${i}].evidence[${j}].attributedTo`, 'actors', item.attributedTo);
    });
    relation.links.forEach((link, j) => refer(`relations[${i}].links[${j}].relation`, 'relations', link.relation));
  });

  const [existing] = await tx.run(existingIds, {
    actorIds: [...wanted.actors].filter((id) => !actorIds.has(id)),
    sourceIds: [...wanted.sources].filter((id) => !sourceIds.has(id)),
    relationIds: [...wanted.relations].filter((id) => !relationIds.has(id)),
  });
  const known = {
    actors: new Set([...actorIds, ...((existing?.['actorIds'] as string[]) ?? [])]),
    sources: new Set([...sourceIds, ...((existing?.['sourceIds'] as string[]) ?? [])]),
    relations: new Set([...relationIds, ...((existing?.['relationIds'] as string[]) ?? [])]),
  };
  const singular = { actors: 'actor', sources: 'source', relations: 'relation' } as const;
  const problems = references
    .filter((reference) => !known[reference.kind].has(reference.id))
    .map((reference) => ({
      path: reference.path,
      message: `unknown ${singular[reference.kind]} "${reference.id}": define it in this file or load it first`,
    }));
  if (problems.length > 0) throw new InvalidInputError(problems, file ?? 'knowledge document');
}

function findDuplicateIds(doc: KnowledgeDocument): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const check = (items: readonly { id: string }[], collection: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        problems.push({
          path: `${collection}[${i}].id`,
          message: `duplicate id "${item.id}" (first at ${collection}[${first}])`,
        });
      else seen.set(item.id, i);
    });
  };
  check(doc.sources, 'sources');
  check(doc.actors, 'actors');
  check(doc.relations, 'relations');
  return problems;
}
