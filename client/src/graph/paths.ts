import type { ActorPayload, PathPayload, PathRelationPayload } from '../api/payloads.ts';
import { toTypeLabel } from './elements.ts';

export interface PathHop {
  from: ActorPayload;
  to: ActorPayload;
  relation: PathRelationPayload;
  /** False when the relation points against the direction of travel (B → A on a path A … B). */
  forward: boolean;
}

/**
 * A path as the hops an analyst reads: actor to actor, each with the relation that links them
 * and which way that relation points. Paths follow relations in either direction, so "Baloch
 * militants → Pakistan ← United States" is a path of two hops, the second one backward.
 */
export function describePath(path: PathPayload): PathHop[] {
  return path.relations.map((relation, index) => {
    const from = path.actors[index];
    const to = path.actors[index + 1];
    if (!from || !to)
      throw new Error(
        `A path of ${path.relations.length} relations needs ${path.relations.length + 1} actors, got ${path.actors.length}`,
      );
    return { from, to, relation, forward: relation.from.id === from.id };
  });
}

/**
 * A path in one line, each relation in the direction it points:
 * "Baloch militants –attack→ Pakistan ←sanction– United States". Paths through the same actors
 * by different relations read differently, which is how the analyst tells them apart.
 */
export function describePathInWords(path: PathPayload): string {
  const hops = describePath(path);
  const first = hops[0]?.from.name ?? path.actors[0]?.name ?? '';
  return hops.reduce((text, hop) => {
    const type = toTypeLabel(hop.relation.type);
    return `${text} ${hop.forward ? `–${type}→` : `←${type}–`} ${hop.to.name}`;
  }, first);
}

/** Every actor and relation on any of the paths, to highlight them together. */
export function collectPathElements(paths: readonly PathPayload[]): {
  actorIds: Set<string>;
  relationIds: Set<string>;
} {
  const actorIds = new Set<string>();
  const relationIds = new Set<string>();
  for (const path of paths) {
    for (const actor of path.actors) actorIds.add(actor.id);
    for (const relation of path.relations) relationIds.add(relation.id);
  }
  return { actorIds, relationIds };
}
