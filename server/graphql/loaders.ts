import DataLoader from 'dataloader';
import { z } from 'zod';
import type { Database, Transaction } from '../db/database.ts';
import { readRecords, recordQuery, runRecords } from '../db/record-query.ts';
import { createEvidenceWeightsLoader } from './relation-assessment.ts';
import {
  actorRecord,
  evidenceRecord,
  linkRecord,
  relationRecord,
  sourceRecord,
  type ActorRecord,
  type EvidenceRecord,
  type LinkRecord,
  type RelationRecord,
  type SourceRecord,
} from '../db/records.ts';

const actorsById = recordQuery('read/actors-by-id', z.object({ actor: actorRecord }));
const relationsById = recordQuery('read/relations-by-id', z.object({ relation: relationRecord }));
const sourcesById = recordQuery('read/sources-by-id', z.object({ source: sourceRecord }));
const evidenceById = recordQuery('read/evidence-by-id', z.object({ evidence: evidenceRecord }));
const evidenceOfRelations = recordQuery(
  'read/evidence-of-relations',
  z.object({ relationId: z.string(), evidence: evidenceRecord }),
);
const linksOfRelations = recordQuery('read/links-of-relations', linkRecord.extend({ relationId: z.string() }));

/**
 * The record types under the names the mutations import (`server/graphql/mutations/`); new code
 * imports the records from `server/db/records.ts`.
 */
export type ActorRow = ActorRecord;
export type RelationRow = RelationRecord;
export type EvidenceRow = EvidenceRecord;
export type SourceRow = SourceRecord;

/**
 * Per-request loaders: every nested field of a query asks a loader, and each loader sends one
 * query for all the keys a level of the result needs, so the number of round trips depends on
 * the depth of the query, never on the size of its result.
 */
export function createLoaders(db: Database) {
  const byIds =
    <K extends keyof RecordOfKind>(kind: K) =>
    async (ids: readonly string[]) =>
      inOrderOf(ids, await db.readTransaction((tx) => readByIds(tx, kind, [...ids])));
  return {
    actor: new DataLoader<string, ActorRecord | null>(byIds('actor')),
    relation: new DataLoader<string, RelationRecord | null>(byIds('relation')),
    source: new DataLoader<string, SourceRecord | null>(byIds('source')),
    evidence: new DataLoader<string, EvidenceRecord | null>(byIds('evidence')),
    evidenceOfRelation: new DataLoader<string, EvidenceRecord[]>(async (relationIds) =>
      groupedBy(
        relationIds,
        await readRecords(db, evidenceOfRelations, { relationIds: [...relationIds] }),
        (row) => row.evidence,
      ),
    ),
    evidenceWeights: createEvidenceWeightsLoader(db),
    linksOfRelation: new DataLoader<string, LinkRecord[]>(async (relationIds) =>
      groupedBy(
        relationIds,
        await readRecords(db, linksOfRelations, { relationIds: [...relationIds] }),
        ({ kind, direction, otherId }) => ({ kind, direction, otherId }),
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The record of each kind a by-id read returns. */
export interface RecordOfKind {
  actor: ActorRecord;
  relation: RelationRecord;
  source: SourceRecord;
  evidence: EvidenceRecord;
}

/**
 * The by-id queries of the loaders, for a write that returns what it wrote from its own
 * transaction; each row holds the record under the key of its kind (`{ actor: ... }`).
 */
export const BY_ID = {
  actor: actorsById,
  relation: relationsById,
  source: sourcesById,
  evidence: evidenceById,
} as const;

const READ_BY_IDS: { [K in keyof RecordOfKind]: (tx: Transaction, ids: string[]) => Promise<RecordOfKind[K][]> } = {
  actor: async (tx, ids) => (await runRecords(tx, actorsById, { ids })).map((row) => row.actor),
  relation: async (tx, ids) => (await runRecords(tx, relationsById, { ids })).map((row) => row.relation),
  source: async (tx, ids) => (await runRecords(tx, sourcesById, { ids })).map((row) => row.source),
  evidence: async (tx, ids) => (await runRecords(tx, evidenceById, { ids })).map((row) => row.evidence),
};

/**
 * Reads records of one kind by id, parsed, in one query: the loaders use it, and so can a write
 * that returns what it wrote from its own transaction. Ids that match nothing are left out.
 */
export function readByIds<K extends keyof RecordOfKind>(
  tx: Transaction,
  kind: K,
  ids: string[],
): Promise<RecordOfKind[K][]> {
  return READ_BY_IDS[kind](tx, ids);
}

/** Seeds the loaders with records a list query already returned, so nested fields need no new query. */
export function primeRelations(loaders: Loaders, relations: readonly RelationRecord[]): void {
  for (const relation of relations) loaders.relation.prime(relation.id, relation);
}

export function primeActors(loaders: Loaders, actors: readonly ActorRecord[]): void {
  for (const actor of actors) loaders.actor.prime(actor.id, actor);
}

/** A by-id loader answers in the order of its keys, with null for an id that matches nothing. */
function inOrderOf<T extends { id: string }>(ids: readonly string[], records: readonly T[]): (T | null)[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A per-relation loader answers a list for each relation id, empty for a relation with none. */
function groupedBy<R extends { relationId: string }, T>(
  relationIds: readonly string[],
  rows: readonly R[],
  pick: (row: R) => T,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.relationId) ?? [];
    group.push(pick(row));
    groups.set(row.relationId, group);
  }
  return relationIds.map((id) => groups.get(id) ?? []);
}

/**
 * Loads a record that another record of the same request points to (a relation's actor, an
 * evidence's source). The graph guarantees it exists, so its absence means a concurrent write
 * (a merge) removed it; that fails the field loudly instead of returning null for a non-null field.
 */
export async function loadReferenced<T>(loader: DataLoader<string, T | null>, id: string, kind: string): Promise<T> {
  const record = await loader.load(id);
  if (record === null) throw new Error(`actorgraph: the ${kind} "${id}" is referred to but no longer exists`);
  return record;
}
