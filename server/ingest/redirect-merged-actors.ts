import { cypherQuery } from '../db/cypher-files.ts';
import type { Transaction } from '../db/database.ts';
import type { KnowledgeDocument } from './document-schema.ts';

const mergedActorRedirects = cypherQuery('ingest/merged-actor-redirects');

export interface AliasAddition {
  id: string;
  aliases: string[];
}

/**
 * Rewrites a document for actors that curators merged into others (`mergeActors`): references
 * to a merged id point at the kept actor, and the merged actor's own entry becomes aliases of the
 * kept actor instead of recreating it. Without this, loading an old file again would bring the
 * merged duplicate back and move its relations back to it.
 */
export function redirectMergedActors(
  doc: KnowledgeDocument,
  redirects: ReadonlyMap<string, string>,
): { doc: KnowledgeDocument; aliasAdditions: AliasAddition[] } {
  if (redirects.size === 0) return { doc, aliasAdditions: [] };
  const to = (id: string) => redirects.get(id) ?? id;
  const toOptional = (id: string | undefined) => (id === undefined ? undefined : to(id));
  return {
    doc: {
      ...doc,
      actors: doc.actors.filter((actor) => !redirects.has(actor.id)),
      relations: doc.relations.map((relation) => ({
        ...relation,
        from: to(relation.from),
        to: to(relation.to),
        location: toOptional(relation.location),
        evidence: relation.evidence.map((item) => ({ ...item, attributedTo: toOptional(item.attributedTo) })),
      })),
    },
    aliasAdditions: doc.actors
      .filter((actor) => redirects.has(actor.id))
      .map((actor) => ({ id: to(actor.id), aliases: [actor.name, ...actor.aliases] })),
  };
}

/** Every actor id a document defines or refers to. */
export function actorIdsOf(doc: KnowledgeDocument): string[] {
  const ids = new Set(doc.actors.map((actor) => actor.id));
  for (const relation of doc.relations) {
    ids.add(relation.from);
    ids.add(relation.to);
    if (relation.location) ids.add(relation.location);
    for (const item of relation.evidence) if (item.attributedTo) ids.add(item.attributedTo);
  }
  return [...ids];
}

/** The actors that the given ids were merged into, by merged id (ids never merged are absent). */
export async function readMergedActorRedirects(tx: Transaction, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.run(mergedActorRedirects, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [String(row['id']), String(row['keptId'])] as const));
}
