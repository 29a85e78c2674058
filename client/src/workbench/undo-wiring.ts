import type { Core, NodeSingular } from 'cytoscape';
import type { ExplorerCommands } from '../explorer/commands.ts';
import type { ViewState } from '../graph/view-state.ts';
import { CommandStack } from './command-stack.ts';
import { describeChange, movedIds, moveStep, viewStep, type Positions } from './view-steps.ts';

/**
 * Records every change of the view (filters, date, focus, hide, pin, expand, a path) and every
 * drag of actors as a step on the stack, and binds Ctrl+Z to undo and Ctrl+Shift+Z or Ctrl+Y to
 * redo. Undoing applies the state before the step (the address bar follows, without a new Back
 * entry); the changes undo itself makes are not recorded again.
 */
export function wireUndo(explorer: ExplorerCommands, cy: Core, stack = new CommandStack()): CommandStack {
  let last = explorer.model.state;
  let applying = false;
  const apply = (state: ViewState) => {
    applying = true;
    try {
      explorer.update(state, { history: 'replace' });
    } finally {
      applying = false;
    }
  };
  explorer.subscribe((model) => {
    if (model.state === last) return;
    const before = last;
    last = model.state;
    if (applying || describeChange(before, model.state) === null) return;
    stack.record(viewStep(before, model.state, apply, performance.now()));
  });

  let grabbed: Positions | null = null;
  cy.on('grab', 'node', () => {
    grabbed = positionsOf(cy.nodes());
  });
  cy.on('free', 'node', () => {
    const before = grabbed;
    grabbed = null;
    if (!before) return;
    const now = positionsOf(cy.nodes());
    const ids = movedIds(before, now);
    if (ids.length === 0) return;
    const pick = (positions: Positions) =>
      new Map(ids.flatMap((id) => (positions.has(id) ? ([[id, positions.get(id)!]] as const) : [])));
    stack.record(moveStep(pick(before), pick(now), (positions) => placeAt(cy, positions)));
  });

  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as HTMLElement | null;
    // Text fields keep their own undo.
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      stack.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      stack.redo();
    }
  });
  return stack;
}

export function positionsOf(nodes: Iterable<NodeSingular>): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of nodes) positions.set(node.id(), { ...node.position() });
  return positions;
}

/** Puts actors where the positions say; a pinned actor is released for the move and locked again. */
export function placeAt(cy: Core, positions: Positions): void {
  cy.batch(() => {
    for (const [id, position] of positions) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode()) continue;
      const wasLocked = node.locked();
      if (wasLocked) node.unlock();
      node.position(position);
      if (wasLocked) node.lock();
    }
  });
}
