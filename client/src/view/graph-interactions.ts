import type { ExplorerCommands } from '../explorer/commands.ts';
import { nearestInDirection, type Direction } from '../graph/nearest-in-direction.ts';
import type { GraphView } from './graph-view.ts';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Mouse and keyboard on the graph: click selects (an actor's details, a relation's evidence),
 * a click on a combined edge opens it into its relations, double-click expands, a click on the
 * background clears (and folds opened pairs back). With the graph focused, the arrow keys move
 * to the nearest actor on screen in that direction and Enter expands the focused one.
 */
export function wireGraphInteractions(view: GraphView, explorer: ExplorerCommands): void {
  const cy = view.core;
  cy.on('tap', 'node', (event) => explorer.focusActor(event.target.id()));
  cy.on('tap', 'edge', (event) => {
    const edge = event.target;
    if (edge.hasClass('pair')) view.openPair(edge.id());
    else explorer.selectRelation(edge.id());
  });
  cy.on('tap', (event) => {
    if (event.target !== cy) return;
    view.foldPairs();
    explorer.clearSelection();
  });
  cy.on('dbltap', 'node', (event) => explorer.expand(event.target.id()));

  const container = cy.container();
  container?.addEventListener('keydown', (event) => {
    const direction = ARROWS[event.key];
    if (!direction && event.key !== 'Enter') return;
    const nodes = cy.nodes(':visible');
    if (nodes.empty()) return;
    event.preventDefault();
    const focus = explorer.model.state.focus;
    if (event.key === 'Enter') {
      if (focus) explorer.expand(focus);
      return;
    }
    const placed = nodes.map((node) => ({ id: node.id(), ...node.renderedPosition() }));
    const current = focus ? placed.find((node) => node.id === focus) : undefined;
    // Nothing focused yet: start from the actor nearest the middle of the window.
    const next = current
      ? nearestInDirection(current, placed, direction!)
      : nearestTo({ x: cy.width() / 2, y: cy.height() / 2 }, placed);
    if (next) explorer.focusActor(next, { centre: true });
  });
}

function nearestTo(point: { x: number; y: number }, placed: readonly { id: string; x: number; y: number }[]): string {
  return [...placed].sort(
    (a, b) => Math.hypot(a.x - point.x, a.y - point.y) - Math.hypot(b.x - point.x, b.y - point.y),
  )[0]!.id;
}
