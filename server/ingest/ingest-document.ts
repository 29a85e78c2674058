import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { cypherQuery } from '../db/cypher-files.ts';
import type { Database, Transaction } from '../db/database.ts';
import { checkEvidenceIdentity } from './check-evidence-identity.ts';
import { claimOfRow, findStoredCorroborations, type NewClaim } from './corroborate.ts';
import { findReferenceProblems, type Reference } from './check-references.ts';
import { knowledgeDocumentSchema, SELF_RELATION_MESSAGE, type KnowledgeDocument } from './document-schema.ts';
import { InvalidInputError } from './errors.ts';
import { toActorRow, toEvidenceRow, toRelationRow, toSourceRow } from './prepare-rows.ts';
import { refreshRelations } from './refresh-relations.ts';
import { actorIdsOf, readMergedActorRedirects, redirectMergedActors } from './redirect-merged-actors.ts';

const mergeSources = cypherQuery('ingest/merge-sources');
const mergeActors = cypherQuery('ingest/merge-actors');
const mergeRelations = cypherQuery('ingest/merge-relations');
const mergeEvidence = cypherQuery('ingest/merge-evidence');
const mergeLinks = cypherQuery('ingest/merge-links');
const addActorAliases = cypherQuery('ingest/add-actor-aliases');

export interface IngestReport {
  readonly file?: string;
  readonly sources: number;
  readonly actors: number;
  readonly relations: number;
  readonly evidence: number;
  readonly links: number;
  /** The relation each of the document's relations was written to, in order: its own id, or the stored relation it corroborates. */
  readonly relationIds: readonly string[];
  /** How many of the document's relations became evidence of a relation already stored. */
  readonly corroborated: number;
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
  const problems = [...findDuplicateIds(parsed.data), ...findSelfRelations(parsed.data)];
  if (problems.length > 0) throw new InvalidInputError(problems, context);
  return parsed.data;
}

/**
 * Loads one knowledge document in one write transaction: every reference is checked first
 * (against the document and the database), so a bad file changes nothing. Loading the same
 * document twice leaves the database as it was after the first time. A new relation that reports
 * a stored one again (same actors and type, dates within the type's window:
 * server/domain/corroboration.ts) is not written: its evidence joins the stored relation.
 */
export async function ingestDocument(db: Database, doc: KnowledgeDocument, file?: string): Promise<IngestReport> {
  const written = await db.writeTransaction(async (tx) => {
    const redirects = await readMergedActorRedirects(tx, actorIdsOf(doc));
    const { doc: resolved, aliasAdditions } = redirectMergedActors(doc, redirects);
    await checkReferences(tx, resolved, file);
    const corroborated = await findStoredCorroborations(tx, resolved.relations.map(claimOf));
    const keptId = (id: string) => corroborated.get(id) ?? id;
    const evidence = resolved.relations.flatMap((relation, i) =>
      relation.evidence.map((item, j) => ({
        // A derived id is named by the quote it is derived from.
        path: `relations[${i}].evidence[${j}].${item.id === undefined ? 'quote' : 'id'}`,
        row: toEvidenceRow(keptId(relation.id), item),
      })),
    );
    await checkEvidence(tx, evidence, file);
    const relations = resolved.relations.filter((relation) => !corroborated.has(relation.id)).map(toRelationRow);
    await tx.run(mergeSources, { sources: resolved.sources.map(toSourceRow) });
    await tx.run(mergeActors, { actors: resolved.actors.map(toActorRow) });
    await tx.run(addActorAliases, { additions: aliasAdditions });
    await tx.run(mergeRelations, { relations });
    await tx.run(mergeEvidence, { evidence: evidence.map(({ row }) => row) });
    await tx.run(mergeLinks, {
      links: resolved.relations.flatMap((relation) =>
        relation.links.map((link) => ({ fromId: keptId(relation.id), toId: keptId(link.relation), kind: link.kind })),
      ),
    });
    const relationIds = resolved.relations.map((relation) => keptId(relation.id));
    await refreshRelations(tx, relationIds);
    return { relationIds, corroborated: corroborated.size };
  });
  return {
    ...(file ? { file } : {}),
    sources: doc.sources.length,
    actors: doc.actors.length,
    relations: doc.relations.length,
    evidence: doc.relations.reduce((sum, relation) => sum + relation.evidence.length, 0),
    links: doc.relations.reduce((sum, relation) => sum + relation.links.length, 0),
    ...written,
  };
}

function claimOf(relation: KnowledgeDocument['relations'][number]): NewClaim {
  return claimOfRow(toRelationRow(relation), relation.type);
}

/** Every id the document refers to, by path, and the problems of those that name nothing. */
async function checkReferences(tx: Transaction, doc: KnowledgeDocument, file?: string): Promise<void> {
  const references: Reference[] = [];
  const refer = (path: string, kind: Reference['kind'], id: string | undefined) => references.push({ path, kind, id });
  doc.sources.forEach((source, i) => source.cites.forEach((id, j) => refer(`sources[${i}].cites[${j}]`, 'source', id)));
  doc.relations.forEach((relation, i) => {
    refer(`relations[${i}].from`, 'actor', relation.from);
    refer(`relations[${i}].to`, 'actor', relation.to);
    refer(`relations[${i}].location`, 'actor', relation.location);
    relation.evidence.forEach((item, j) => {
      refer(`relations[${i}].evidence[${j}].source`, 'source', item.source);
      refer(`relations[${i}].evidence[${j}].citedSource`, 'source', item.citedSource);
      refer(`relations[${i}].evidence[${j}].attributedTo`, 'actor', item.attributedTo);
    });
    relation.links.forEach((link, j) => refer(`relations[${i}].links[${j}].relation`, 'relation', link.relation));
  });
  const problems = await findReferenceProblems(tx, references, {
    actor: new Set(doc.actors.map((actor) => actor.id)),
    source: new Set(doc.sources.map((source) => source.id)),
    relation: new Set(doc.relations.map((relation) => relation.id)),
  });
  if (problems.length > 0)
    throw new InvalidInputError(
      problems.map(({ reference }) => ({
        path: reference.path,
        message: `unknown ${reference.kind} "${reference.id}": define it in this file or load it first`,
      })),
      file ?? 'knowledge document',
    );
}

/** Evidence ids reused for another relation, source or quote, in the file or against the graph. */
async function checkEvidence(
  tx: Transaction,
  rows: readonly { path: string; row: ReturnType<typeof toEvidenceRow> }[],
  file?: string,
): Promise<void> {
  const { problems } = await checkEvidenceIdentity(
    tx,
    rows.map(({ path, row }) => ({
      path,
      id: row.id,
      relationId: row.relationId,
      sourceId: row.sourceId,
      quote: row.quote,
    })),
  );
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

/**
 * A relation ties two different actors, in a file as in addRelation (same message). Checked on
 * the file as written: a relation that a merge turned into one of the kept actor with itself is
 * kept for the record, and restating it from the old file must still load.
 */
function findSelfRelations(doc: KnowledgeDocument): { path: string; message: string }[] {
  return doc.relations.flatMap((relation, i) =>
    relation.from === relation.to ? [{ path: `relations[${i}].to`, message: SELF_RELATION_MESSAGE }] : [],
  );
}
