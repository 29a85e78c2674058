import type { Core, NodeSingular } from 'cytoscape';
import { chainElements, chosenChain, groupPathsByChain } from '../graph/paths.ts';
import type { OverlayLayer } from '../graph/overlay.ts';
import type { ViewModel } from '../graph/view-model.ts';

/** Overlay labels up to this length are drawn under the actor's name. */
const SHORT_OVERLAY_LABEL = 14;

/**
 * Classes and overlay data that follow from the model: the focus and its neighbourhood, the
 * paths, a Cypher result drawn onto the graph, the analysis overlay. Returns a function to call on the next model: overlay data is
 * set only when the overlay (or the set of actors) changed, since setting data restyles every node.
 */
export function createDecorator(cy: Core): (model: ViewModel) => void {
  let drawnLayer: OverlayLayer | null = null;
  let drawnLayerNodes = 0;
  return (model) => {
    const { focus, relation } = model.state;
    // One chain of actors at a time stands out (the one chosen in the path list), not every path at once.
    const path = model.paths ? chainElements(chosenChain(groupPathsByChain(model.paths), model.state.pathChain)) : null;
    const layer = model.analysis?.layer ?? null;
    const { highlight } = model;
    cy.batch(() => {
      cy.elements().removeClass('focus faded muted on-path on-result overlay-relation');
      if (focus) cy.getElementById(focus).addClass('focus');
      if (relation) cy.getElementById(relation).addClass('focus');
      if (path && path.relationIds.size > 0) {
        cy.nodes().forEach((node) => void node.addClass(path.actorIds.has(node.id()) ? 'on-path' : 'faded'));
        cy.edges().forEach((edge) => void edge.addClass(path.relationIds.has(edge.id()) ? 'on-path' : 'faded'));
      } else if (focus && cy.getElementById(focus).nonempty()) {
        // The focused actor's world stands out; the rest steps back but stays readable.
        const near = cy.getElementById(focus).closedNeighborhood();
        cy.elements().difference(near).addClass('muted');
      } else if (highlight && highlight.actorIds.size + highlight.relationIds.size > 0) {
        // A Cypher result just drawn: what it touches stands out, the rest steps back.
        cy.elements().forEach((element) => {
          const set = element.isNode() ? highlight.actorIds : highlight.relationIds;
          element.addClass(set.has(element.id()) ? 'on-result' : 'muted');
        });
      }
      if (drawnLayer !== layer || drawnLayerNodes !== cy.nodes().length) {
        drawnLayer = layer;
        drawnLayerNodes = cy.nodes().length;
        cy.nodes().forEach((node: NodeSingular) => drawOverlay(node, layer));
      }
      if (layer)
        cy.edges()
          .filter((edge) => layer.relationIds.has(edge.id()))
          .addClass('overlay-relation');
    });
  };
}

function drawOverlay(node: NodeSingular, layer: OverlayLayer | null): void {
  const overlay = layer?.actors.get(node.id());
  node.removeData('overlaySize overlayColour overlayLabel overlayCaption');
  // Under a colouring by group, an actor the analysis did not place is grey, not its kind colour.
  node.toggleClass('unscored', Boolean(layer && layer.groups.length > 0 && !overlay?.colour));
  // Only values that exist are set: the style tells "has a group colour" by presence.
  if (overlay?.size !== null && overlay?.size !== undefined) node.data('overlaySize', overlay.size);
  if (overlay?.colour) node.data('overlayColour', overlay.colour);
  if (overlay?.label) node.data('overlayLabel', overlay.label);
  // A short label ("bloc-2") goes under the name; a long one ("PageRank 0.15, betweenness
  // 0.0") would bury the graph in text, so it stays in the analysis panel and the table.
  if (overlay?.label && overlay.label.length <= SHORT_OVERLAY_LABEL)
    node.data('overlayCaption', `${node.data('label')}\n${overlay.label}`);
}
