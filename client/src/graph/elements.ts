import type { ElementDefinition } from 'cytoscape';

/** The fields of the API's Actor and Relation that the graph view draws. */
export interface ActorPayload {
  id: string;
  name: string;
  kind: string;
}

export interface RelationPayload {
  id: string;
  type: string;
  polarity: string;
  confidence: number;
  status: string;
  from: { id: string };
  to: { id: string };
}

/**
 * Turns API payloads into Cytoscape elements. Pure: no DOM, no Cytoscape instance, so it is
 * tested headless. Relations whose actors are missing from the payload are left out rather
 * than drawn to nowhere.
 */
export function toElements(actors: readonly ActorPayload[], relations: readonly RelationPayload[]): ElementDefinition[] {
  const ids = new Set(actors.map((actor) => actor.id));
  const nodes: ElementDefinition[] = actors.map((actor) => ({
    group: 'nodes',
    data: { id: actor.id, label: actor.name, kind: actor.kind },
  }));
  const edges: ElementDefinition[] = relations
    .filter((relation) => ids.has(relation.from.id) && ids.has(relation.to.id))
    .map((relation) => ({
      group: 'edges',
      data: {
        id: relation.id,
        source: relation.from.id,
        target: relation.to.id,
        label: relation.type.toLowerCase().replace(/_/g, ' '),
        type: relation.type,
        polarity: relation.polarity,
        confidence: relation.confidence,
        status: relation.status,
      },
    }));
  return [...nodes, ...edges];
}
