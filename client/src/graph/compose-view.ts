import type { ElementDefinition } from 'cytoscape';
import type { ActorPayload, RelationPayload, SubgraphPayload } from '../api/payloads.ts';
import { toEdgeData, toElements, toNodeData } from './elements.ts';
import type { GraphData } from './view-model.ts';

/**
 * The elements the view should show: the union of everything the analyst asked for (overview,
 * expanded neighbourhoods, pinned actors, paths), without the actors they hid and the relations
 * that touch them. Later parts win when two carry the same actor or relation, so fresher
 * answers replace older ones.
 */
export function composeView(parts: readonly SubgraphPayload[], hidden: Iterable<string> = []): ElementDefinition[] {
  const { actors, relations } = collectParts(parts, hidden);
  return toElements(actors, relations);
}

/**
 * The same view as typed data, for the view model: actors, and relations whose two actors are
 * both in view (a relation is never drawn to nowhere).
 */
export function composeGraph(parts: readonly SubgraphPayload[], hidden: Iterable<string> = []): GraphData {
  const { actors, relations } = collectParts(parts, hidden);
  const ids = new Set(actors.map((actor) => actor.id));
  return {
    actors: actors.map(toNodeData),
    relations: relations.filter((relation) => ids.has(relation.from.id) && ids.has(relation.to.id)).map(toEdgeData),
  };
}

function collectParts(
  parts: readonly SubgraphPayload[],
  hidden: Iterable<string>,
): { actors: ActorPayload[]; relations: RelationPayload[] } {
  const hiddenIds = new Set(hidden);
  const actors = new Map<string, ActorPayload>();
  const relations = new Map<string, RelationPayload>();
  for (const part of parts) {
    for (const actor of part.actors) if (!hiddenIds.has(actor.id)) actors.set(actor.id, actor);
    for (const relation of part.relations) relations.set(relation.id, relation);
  }
  return { actors: [...actors.values()], relations: [...relations.values()] };
}

/**
 * Keeps a neighbourhood readable: the centre and at most `limit` neighbours, the most connected
 * first (they are the ones an analyst looks for), with the relations among those kept.
 * `omitted` says how many neighbours were left out, so the view can say so.
 */
export function trimNeighbourhood(
  subgraph: SubgraphPayload,
  centreId: string,
  limit: number,
): SubgraphPayload & { omitted: number } {
  const neighbours = subgraph.actors.filter((actor) => actor.id !== centreId);
  if (neighbours.length <= limit) return { ...subgraph, omitted: 0 };
  const kept = [...neighbours]
    .sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0) || a.name.localeCompare(b.name))
    .slice(0, limit);
  const keptIds = new Set([centreId, ...kept.map((actor) => actor.id)]);
  return {
    actors: subgraph.actors.filter((actor) => keptIds.has(actor.id)),
    relations: subgraph.relations.filter((relation) => keptIds.has(relation.from.id) && keptIds.has(relation.to.id)),
    omitted: neighbours.length - limit,
  };
}
