import type { Core } from 'cytoscape';
import type { Visibility } from '../graph/visibility.ts';

/**
 * Draws what holds as of the date (graph/visibility.ts decides): relations not holding are hidden
 * (class `not-yet`), actors left with none are dimmed (class `dormant`). Classes change only where
 * the answer changed: one slider step restyles a handful of elements, not the whole graph.
 */
export function applyVisibility(cy: Core, visibility: Visibility): void {
  cy.batch(() => {
    // Combined edges (class pair) follow their relations: view/apply-pairs.ts draws them.
    cy.edges()
      .not('.pair')
      .forEach((edge) => {
        const active = visibility.activeRelationIds.has(edge.id());
        if (edge.hasClass('not-yet') === active) edge.toggleClass('not-yet', !active);
        const past = visibility.pastRelationIds.has(edge.id());
        if (edge.hasClass('past') !== past) edge.toggleClass('past', past);
      });
    cy.nodes().forEach((node) => {
      const dormant = visibility.dormantActorIds.has(node.id());
      if (node.hasClass('dormant') !== dormant) node.toggleClass('dormant', dormant);
    });
  });
}
