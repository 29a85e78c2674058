import type { ExplorerCommands } from '../explorer/commands.ts';
import { nextRelationOf } from '../graph/next-relation.ts';

export const SHORTCUTS: [string, string][] = [
  ['/', 'Search actors'],
  ['← → ↑ ↓ (graph focused)', 'Move to the nearest actor on screen that way'],
  ['Enter (graph focused)', 'Expand the focused actor'],
  ['E', 'Expand the focused actor'],
  ['C', 'Collapse the focused actor'],
  ['R', "Select the next of the focused actor's relations (Shift+R: the previous)"],
  ['D', 'Go to the details and evidence'],
  ['P', 'Go to the paths between two actors'],
  ['G', 'Back to the graph'],
  ['H', 'Hide the focused actor'],
  ['F', 'Fit the graph to the window'],
  ['+ / −', 'Zoom in / out'],
  ['Esc', 'Close the open dialog, else clear the selection'],
  ['?', 'Show these keys'],
  ['Ctrl+Enter (Cypher editor)', 'Run the query'],
  ['Ctrl+Space (Cypher editor)', 'Complete the word at the cursor'],
];

/** Single-key shortcuts, ignored while typing in a field. */
export function wireShortcuts(
  explorer: ExplorerCommands,
  actions: {
    focusSearch(): void;
    showHelp(): void;
    focusDetails?(): void;
    focusPaths?(): void;
    focusGraph?(): void;
  },
): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Escape belongs to the open dialog first: it closes it (the browser would, had this handler
    // not been here), whatever inside it has the focus.
    if (event.key === 'Escape' && closeTopDialog()) {
      event.preventDefault();
      return;
    }
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return;
    const focus = explorer.model.state.focus;
    const handled = (() => {
      switch (event.key) {
        case '/':
          actions.focusSearch();
          return true;
        case '?':
          actions.showHelp();
          return true;
        case 'e':
        case 'E':
          if (focus) explorer.expand(focus);
          return Boolean(focus);
        case 'c':
        case 'C':
          if (focus) explorer.collapse(focus);
          return Boolean(focus);
        case 'r':
        case 'R': {
          const next = nextRelationOf(explorer.model, event.shiftKey ? -1 : 1);
          if (next) explorer.selectRelation(next);
          return Boolean(next);
        }
        case 'd':
        case 'D':
          actions.focusDetails?.();
          return Boolean(actions.focusDetails);
        case 'p':
        case 'P':
          actions.focusPaths?.();
          return Boolean(actions.focusPaths);
        case 'g':
        case 'G':
          actions.focusGraph?.();
          return Boolean(actions.focusGraph);
        case 'h':
        case 'H':
          if (focus) explorer.hide(focus);
          return Boolean(focus);
        case 'f':
        case 'F':
          explorer.fit();
          return true;
        case '+':
        case '=':
          explorer.zoomBy(1.25);
          return true;
        case '-':
          explorer.zoomBy(0.8);
          return true;
        case 'Escape':
          explorer.clearSelection();
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  });
}

/** Closes the dialog opened last (a modal one is on top); false when none is open. */
function closeTopDialog(): boolean {
  const open = [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')];
  const top = open[open.length - 1];
  if (!top) return false;
  top.close();
  return true;
}
