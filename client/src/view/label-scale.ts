import type { Core } from 'cytoscape';

/** How much larger node labels may get when zoomed out: twice their size at a quarter zoom. */
const MAX_SCALE = 2;
const SETTLE_MS = 120;

/**
 * Keeps node labels legible at any zoom: when the view zooms out (a large graph fitted to the
 * window), labels grow by 1/sqrt(zoom), up to twice their size. They still shrink on screen,
 * but far less than the graph does. Restyling waits for the zoom to settle, and happens only
 * when the scale moved by more than a few percent, since it touches every node.
 */
export function keepLabelsReadable(cy: Core): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    const scale = Math.min(MAX_SCALE, Math.max(1, 1 / Math.sqrt(cy.zoom())));
    const current = (cy.scratch('labelScale') as number | undefined) ?? 1;
    if (Math.abs(scale - current) / current < 0.05) return;
    cy.scratch('labelScale', scale);
    // updateStyle() is public in Cytoscape but missing from its type declarations.
    (cy.nodes() as unknown as { updateStyle(): void }).updateStyle();
  };
  cy.on('zoom', () => {
    clearTimeout(timer);
    timer = setTimeout(apply, SETTLE_MS);
  });
}
