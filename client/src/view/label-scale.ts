import type { Core } from 'cytoscape';
import type { EdgeWidthMode } from '../graph/view-state.ts';
import { createGraphStyle, labelFontSizes, MIN_FONT_PX } from './style.ts';

const SETTLE_MS = 150;

/**
 * Keeps labels legible at any zoom: when the view zooms out, labels grow in the graph's own
 * units so that on screen they stay at least MIN_FONT_PX (style.ts), up to a limit; past it,
 * Cytoscape stops drawing them (min-zoomed-font-size), which is the level of detail of a zoomed
 * out graph. The stylesheet is rebuilt once the zoom settles, and only when the sizes moved by
 * more than a few percent, since that restyles every element. `onRestyled` runs after each
 * rebuild: label sizes changed, so their placement must be worked out again.
 */
export function keepLabelsReadable(cy: Core, widthMode: () => EdgeWidthMode, onRestyled: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    cy.scratch('labelRestylePending', false);
    const next = labelFontSizes(cy.zoom());
    const current = labelFontSizes((cy.scratch('labelZoom') as number | undefined) ?? 1);
    // Only growth above the floor may wait for a 5% change; dropping under 11 px on screen may not.
    const changed = (key: 'node' | 'edge') =>
      Math.abs(next[key] - current[key]) / current[key] >= 0.05 || current[key] * cy.zoom() < MIN_FONT_PX;
    if (changed('node') || changed('edge')) {
      cy.scratch('labelZoom', cy.zoom());
      restyle(cy, widthMode());
    }
    onRestyled();
  };
  cy.on('zoom', () => {
    clearTimeout(timer);
    // Placement elsewhere (graph-view.ts) must not say "labels placed" while this rebuild waits.
    cy.scratch('labelRestylePending', true);
    onPending();
    timer = setTimeout(apply, SETTLE_MS);
  });
  const onPending = () => cy.container()?.setAttribute('data-labels', 'pending');
}

/** Replaces the stylesheet, keeping the label sizes the zoom asked for. */
export function restyle(cy: Core, widthMode: EdgeWidthMode): void {
  cy.style(createGraphStyle(widthMode, (cy.scratch('labelZoom') as number | undefined) ?? 1));
}
