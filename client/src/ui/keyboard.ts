import type { ExplorerCommands } from '../explorer/commands.ts';

export const SHORTCUTS: [string, string][] = [
  ['/', 'Search actors'],
  ['← → (graph focused)', 'Step through the actors in view'],
  ['Enter (graph focused)', 'Expand the focused actor'],
  ['E', 'Expand the focused actor'],
  ['C', 'Collapse the focused actor'],
  ['H', 'Hide the focused actor'],
  ['F', 'Fit the graph to the window'],
  ['+ / −', 'Zoom in / out'],
  ['Esc', 'Clear the selection'],
  ['?', 'Show these keys'],
  ['Ctrl+Enter (Cypher editor)', 'Run the query'],
  ['Ctrl+Space (Cypher editor)', 'Complete the word at the cursor'],
];

/** Single-key shortcuts, ignored while typing in a field. */
export function wireShortcuts(explorer: ExplorerCommands, actions: { focusSearch(): void; showHelp(): void }): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
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
