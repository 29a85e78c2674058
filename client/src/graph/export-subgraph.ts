import type { Core } from 'cytoscape';
import type { ActorNodeData, RelationEdgeData } from './elements.ts';

export interface ExportedSubgraph {
  format: 'actorgraph/subgraph';
  exportedAt: string;
  /** The link that reopens this view. */
  view: string;
  actors: ActorNodeData[];
  relations: RelationEdgeData[];
}

/**
 * What the analyst sees, as data: the actors and relations currently drawn (not the ones the
 * time slider or a hide took away), with the fields the view shows.
 */
export function exportVisibleSubgraph(cy: Core, view: string, now: Date = new Date()): ExportedSubgraph {
  const nodes = cy.nodes().filter((node) => node.visible());
  const edges = cy.edges().filter((edge) => edge.visible() && edge.source().visible() && edge.target().visible());
  return {
    format: 'actorgraph/subgraph',
    exportedAt: now.toISOString(),
    view,
    actors: nodes.map((node) => ({ ...(node.data() as ActorNodeData) })),
    relations: edges.map((edge) => ({ ...(edge.data() as RelationEdgeData) })),
  };
}
