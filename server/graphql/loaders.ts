import DataLoader from 'dataloader';
import { cypherQuery } from '../db/cypher-files.ts';
import type { Database, Row } from '../db/database.ts';

const actorsById = cypherQuery('read/actors-by-id');
const relationsById = cypherQuery('read/relations-by-id');
const sourcesById = cypherQuery('read/sources-by-id');
const evidenceById = cypherQuery('read/evidence-by-id');
const evidenceOfRelations = cypherQuery('read/evidence-of-relations');
const linksOfRelations = cypherQuery('read/links-of-relations');

export type ActorRow = Row & { id: string };
export type RelationRow = Row & { id: string; fromId: string; toId: string; locationId: string | null };
export type EvidenceRow = Row & { id: string; relationId: string; sourceId: string };
export type SourceRow = Row & { id: string; citesIds: string[] };
export interface LinkRow {
  kind: string;
  direction: 'OUTGOING' | 'INCOMING';
  otherId: string;
}

/**
 * Per-request loaders: every nested field of a query asks a loader, and each loader sends one
 * query for all the keys a level of the result needs, so the number of round trips depends on
 * the depth of the query, never on the size of its result.
 */
export function createLoaders(db: Database) {
  return {
    actor: new DataLoader<string, ActorRow | null>((ids) => loadByIds<ActorRow>(db, actorsById, ids, 'actor')),
    relation: new DataLoader<string, RelationRow | null>((ids) =>
      loadByIds<RelationRow>(db, relationsById, ids, 'relation'),
    ),
    source: new DataLoader<string, SourceRow | null>((ids) => loadByIds<SourceRow>(db, sourcesById, ids, 'source')),
    evidence: new DataLoader<string, EvidenceRow | null>((ids) =>
      loadByIds<EvidenceRow>(db, evidenceById, ids, 'evidence'),
    ),
    evidenceOfRelation: new DataLoader<string, EvidenceRow[]>((relationIds) =>
      loadGroups(db, evidenceOfRelations, relationIds, (row) => row['evidence'] as EvidenceRow),
    ),
    linksOfRelation: new DataLoader<string, LinkRow[]>((relationIds) =>
      loadGroups(db, linksOfRelations, relationIds, (row) => ({
        kind: String(row['kind']),
        direction: row['direction'] as LinkRow['direction'],
        otherId: String(row['otherId']),
      })),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The by-id queries of the loaders, for a write that returns what it wrote from its own transaction. */
export const BY_ID = {
  actor: actorsById,
  relation: relationsById,
  source: sourcesById,
  evidence: evidenceById,
} as const;

/** Seeds the loaders with rows a list query already returned, so nested fields need no new query. */
export function primeRelations(loaders: Loaders, rows: readonly RelationRow[]): void {
  for (const row of rows) loaders.relation.prime(row.id, row);
}

export function primeActors(loaders: Loaders, rows: readonly ActorRow[]): void {
  for (const row of rows) loaders.actor.prime(row.id, row);
}

async function loadByIds<T extends Row & { id: string }>(
  db: Database,
  query: Parameters<Database['read']>[0],
  ids: readonly string[],
  column: string,
): Promise<(T | null)[]> {
  const rows = await db.read(query, { ids: [...ids] });
  const byId = new Map(rows.map((row) => [(row[column] as T).id, row[column] as T]));
  return ids.map((id) => byId.get(id) ?? null);
}

async function loadGroups<T>(
  db: Database,
  query: Parameters<Database['read']>[0],
  relationIds: readonly string[],
  pick: (row: Row) => T,
): Promise<T[][]> {
  const rows = await db.read(query, { relationIds: [...relationIds] });
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row['relationId']);
    const group = groups.get(key) ?? [];
    group.push(pick(row));
    groups.set(key, group);
  }
  return relationIds.map((id) => groups.get(id) ?? []);
}
