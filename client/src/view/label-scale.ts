import type { Core } from 'cytoscape';
import type { EdgeWidthMode } from '../graph/view-state.ts';
import { createGraphStyle } from './style.ts';

/** How much larger node labels may get when zoomed out: twice their size at a quarter zoom. */
const MAX_SCALE = 2;
const SETTLE_MS = 150;

/**
 * Keeps node labels legible at any zoom: when the view zooms out (a large graph fitted to the
 * window), labels grow by 1/sqrt(zoom), up to twice their size. They still shrink on screen,
 * but far less than the graph does. The stylesheet is rebuilt once the zoom settles, and only
 * when the scale moved by more than a few percent, since that restyles every element.
 */
export function keepLabelsReadable(cy: Core, widthMode: () => EdgeWidthMode): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    const scale = Math.min(MAX_SCALE, Math.max(1, 1 / Math.sqrt(cy.zoom())));
    const current = (cy.scratch('labelScale') as number | undefined) ?? 1;
    if (Math.abs(scale - current) / current < 0.05) return;
    cy.scratch('labelScale', scale);
    restyle(cy, widthMode());
  };
  cy.on('zoom', () => {
    clearTimeout(timer);
    timer = setTimeout(apply, SETTLE_MS);
  });
}

/** Replaces the stylesheet, keeping the label scale the zoom asked for. */
export function restyle(cy: Core, widthMode: EdgeWidthMode): void {
  cy.style(createGraphStyle(widthMode, (cy.scratch('labelScale') as number | undefined) ?? 1));
}
