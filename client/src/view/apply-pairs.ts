import type { Core } from 'cytoscape';
import { combinePairs } from '../graph/pairs.ts';
import { chainElements, chosenChain, groupPathsByChain } from '../graph/paths.ts';
import type { ViewModel } from '../graph/view-model.ts';
import { visibleRelations } from '../graph/view-model.ts';

/**
 * Draws one combined edge per pair of actors with several relations holding on the date, and
 * hides those relations behind it (class `in-pair`). A pair opens (its relations drawn one by
 * one) when the analyst clicks it, or when one of its relations is selected, on a path or in a
 * Cypher result: what is being read is never folded away.
 */
export function applyPairs(cy: Core, model: ViewModel, opened: ReadonlySet<string>): void {
  const wanted = new Set<string>();
  // Only the chain the analyst picked is highlighted (graph/paths.ts): its relations stay open.
  const path = model.paths ? chainElements(chosenChain(groupPathsByChain(model.paths), model.state.pathChain)) : null;
  const shown = new Set<string>([
    ...(model.state.relation ? [model.state.relation] : []),
    ...(path?.relationIds ?? []),
    ...(model.highlight?.relationIds ?? []),
  ]);
  const folded = new Set<string>();
  const pairs = combinePairs(visibleRelations(model).filter((relation) => cy.getElementById(relation.id).nonempty()));
  cy.batch(() => {
    for (const pair of pairs) {
      if (opened.has(pair.id) || pair.relationIds.some((id) => shown.has(id))) continue;
      wanted.add(pair.id);
      for (const id of pair.relationIds) folded.add(id);
      const existing = cy.getElementById(pair.id);
      const data = { ...pair, relationIds: [...pair.relationIds] };
      if (existing.empty()) {
        cy.add({ group: 'edges', data, classes: 'pair' });
      } else if (JSON.stringify(existing.data('relationIds')) !== JSON.stringify(pair.relationIds)) {
        existing.data(data);
      }
    }
    cy.edges('.pair')
      .filter((edge) => !wanted.has(edge.id()))
      .remove();
    cy.edges()
      .not('.pair')
      .forEach((edge) => {
        const inPair = folded.has(edge.id());
        if (edge.hasClass('in-pair') !== inPair) edge.toggleClass('in-pair', inPair);
      });
  });
}
