import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeWidthMode } from '../graph/view-state.ts';
import { keepLabelsReadable } from './label-scale.ts';
import { createGraphStyle } from './style.ts';

let registered = false;

/** The Cytoscape instance the app draws in, exposed as `window.cy` for debugging and end-to-end tests. */
export function createGraph(container: HTMLElement, widthMode: EdgeWidthMode): Core {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    container,
    style: createGraphStyle(widthMode),
    minZoom: 0.05,
    maxZoom: 5,
    // One thing is selected at a time (the focus or the open relation); box selection would
    // fight with panning on a trackpad.
    boxSelectionEnabled: false,
    selectionType: 'single',
    // Text on a high-density screen stays sharp; on a large graph the cost is worth it.
    pixelRatio: 'auto',
  });
  // Cytoscape measures its container on window resizes only; panels around it change size too
  // (the time bar fills in, the details panel widens for competing evidence).
  new ResizeObserver(() => cy.resize()).observe(container);
  keepLabelsReadable(cy, () => (cy.scratch('edgeWidth') as EdgeWidthMode | undefined) ?? widthMode);
  (window as unknown as { cy: Core }).cy = cy;
  return cy;
}
