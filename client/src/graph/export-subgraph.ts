import type { ActorNodeData, RelationEdgeData } from './elements.ts';
import { visibleRelations, type ViewModel } from './view-model.ts';

export interface ExportedSubgraph {
  format: 'actorgraph/subgraph';
  exportedAt: string;
  /** The link that reopens this view. */
  view: string;
  actors: ActorNodeData[];
  relations: RelationEdgeData[];
}

/**
 * What the analyst sees, as data: the actors and relations currently drawn (not the relations
 * the time slider takes away, nor the actors a hide took away), with the fields the view shows.
 */
export function exportVisibleSubgraph(
  model: Pick<ViewModel, 'actors' | 'relations' | 'visibility'>,
  view: string,
  now: Date = new Date(),
): ExportedSubgraph {
  const actorIds = new Set(model.actors.map((actor) => actor.id));
  return {
    format: 'actorgraph/subgraph',
    exportedAt: now.toISOString(),
    view,
    actors: model.actors.map((actor) => ({ ...actor })),
    relations: visibleRelations(model)
      .filter((relation) => actorIds.has(relation.source) && actorIds.has(relation.target))
      .map((relation) => ({ ...relation })),
  };
}
