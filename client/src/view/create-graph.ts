import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeWidthMode } from '../graph/view-state.ts';
import { keepLabelsReadable } from './label-scale.ts';
import { createGraphStyle } from './style.ts';

let registered = false;

/** The event createGraph's instance emits once labels were resized after a zoom. */
export const LABELS_RESIZED = 'actorgraph:labelsresized';

/** The Cytoscape instance the app draws in, exposed as `window.cy` for debugging and end-to-end tests. */
export function createGraph(container: HTMLElement, widthMode: EdgeWidthMode, options: { webgl?: boolean } = {}): Core {
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
    ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  // Cytoscape measures its container on window resizes only; panels around it change size too
  // (the time bar fills in, the details panel widens for competing evidence).
  new ResizeObserver(() => cy.resize()).observe(container);
  // Label sizes changed: whoever places labels (graph-view.ts) hears of it as an event.
  keepLabelsReadable(
    cy,
    () => (cy.scratch('edgeWidth') as EdgeWidthMode | undefined) ?? widthMode,
    () => cy.emit(LABELS_RESIZED),
  );
  (window as unknown as { cy: Core }).cy = cy;
  return cy;
}
