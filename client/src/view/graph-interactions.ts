import type { ExplorerCommands } from '../explorer/commands.ts';
import type { GraphView } from './graph-view.ts';

/**
 * Mouse and keyboard on the graph: click selects (an actor's details, a relation's evidence),
 * double-click expands, a click on the background clears. With the graph focused, the arrow
 * keys step through the actors in view by name and Enter expands the focused one.
 */
export function wireGraphInteractions(view: GraphView, explorer: ExplorerCommands): void {
  const cy = view.core;
  cy.on('tap', 'node', (event) => explorer.focusActor(event.target.id()));
  cy.on('tap', 'edge', (event) => explorer.selectRelation(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) explorer.clearSelection();
  });
  cy.on('dbltap', 'node', (event) => explorer.expand(event.target.id()));

  const container = cy.container();
  container?.addEventListener('keydown', (event) => {
    if (
      event.key !== 'ArrowRight' &&
      event.key !== 'ArrowLeft' &&
      event.key !== 'ArrowDown' &&
      event.key !== 'ArrowUp' &&
      event.key !== 'Enter'
    )
      return;
    const nodes = cy.nodes(':visible').sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
    if (nodes.empty()) return;
    event.preventDefault();
    const focus = explorer.model.state.focus;
    if (event.key === 'Enter') {
      if (focus) explorer.expand(focus);
      return;
    }
    const index = focus ? nodes.toArray().findIndex((node) => node.id() === focus) : -1;
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
    const next = nodes[(index + step + nodes.length) % nodes.length];
    if (next) explorer.focusActor(next.id(), { centre: true });
  });
}
