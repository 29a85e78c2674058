import type { ExplorerCommands } from '../explorer/commands.ts';
import type { GraphView } from '../view/graph-view.ts';
import { CommandStack } from './command-stack.ts';
import { wireContextMenu } from './context-actions.ts';
import { wireHoverCards } from './hover-card.ts';
import { syncPins } from './pins.ts';
import { createSavedViewsDialog } from './saved-views-dialog.ts';
import { wireSelectionBar } from './selection-bar.ts';
import { wireUndo } from './undo-wiring.ts';
import { mountWorkbenchBar } from './workbench-bar.ts';

/** The workbench's keys, for the Keys dialog. */
export const WORKBENCH_SHORTCUTS: [string, string][] = [
  ['Ctrl+Z', 'Undo a change of the view'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'Redo it'],
  ['Shift+F10 or the Menu key (graph focused)', 'Actions on the selected actor or relation'],
  ['Shift+click, Ctrl+click', 'Select several actors'],
  ['Shift+drag', 'Select the actors in a box'],
];

/**
 * The analyst's workbench around the graph: undo and redo, pins, multi-select and box select,
 * hover cards, the context menu and the saved views. Notes live in the details panel
 * (annotations-section.ts) and search over quotes in the search box (evidence-results.ts).
 */
export function mountWorkbench(view: GraphView, explorer: ExplorerCommands, bar: HTMLElement): void {
  const cy = view.core;
  explorer.subscribe((model) => syncPins(cy, model.state.locked));
  const stack = wireUndo(explorer, cy, new CommandStack());
  const savedViews = createSavedViewsDialog(cy, explorer);
  const graphPanel = cy.container()?.parentElement ?? document.body;
  wireSelectionBar(cy, graphPanel, explorer);
  wireHoverCards(cy);
  wireContextMenu(cy, { explorer, stack, openSavedViews: () => savedViews.open() });
  mountWorkbenchBar(bar, stack, () => savedViews.open());
}
