import type { Core } from 'cytoscape';
import { placeAt, positionsOf } from './undo-wiring.ts';

/** Where the actors are drawn and how the view is zoomed: what a saved view keeps beside its state. */
export interface ViewLayout {
  zoom: number;
  pan: { x: number; y: number };
  positions: Record<string, { x: number; y: number }>;
}

/** Rounded to a tenth of a pixel: the saved view stays small and nobody sees the difference. */
export function captureLayout(cy: Core): ViewLayout {
  const round = (value: number) => Math.round(value * 10) / 10;
  const positions: ViewLayout['positions'] = {};
  for (const [id, { x, y }] of positionsOf(cy.nodes())) positions[id] = { x: round(x), y: round(y) };
  const pan = cy.pan();
  return { zoom: round(cy.zoom() * 100) / 100, pan: { x: round(pan.x), y: round(pan.y) }, positions };
}

/** Puts the actors the layout names where it says, and restores zoom and pan. */
export function applyLayout(cy: Core, layout: Partial<ViewLayout> | null): void {
  if (!layout) return;
  if (layout.positions) placeAt(cy, new Map(Object.entries(layout.positions)));
  if (layout.zoom && layout.pan) cy.viewport({ zoom: layout.zoom, pan: layout.pan });
}
