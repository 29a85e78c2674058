import { AnnotationsDocument } from '../api/generated/operations.ts';
import { h, replaceContent } from '../ui/dom.ts';
import { downloadBlob, exportName } from '../ui/download.ts';
import type { CommandStack } from './command-stack.ts';
import { workbenchRequest } from './editor-session.ts';

/**
 * The workbench's buttons in the top bar: Undo and Redo (titled with what they would take back),
 * the saved views, and every note as a JSON file.
 */
export function mountWorkbenchBar(container: HTMLElement, stack: CommandStack, openSavedViews: () => void): void {
  const status = h('span', { class: 'muted', attrs: { 'aria-live': 'polite' } });
  const undo = h('button', { attrs: { type: 'button' }, on: { click: () => stack.undo() } }, 'Undo');
  const redo = h('button', { attrs: { type: 'button' }, on: { click: () => stack.redo() } }, 'Redo');
  const refresh = () => {
    undo.disabled = !stack.canUndo;
    redo.disabled = !stack.canRedo;
    undo.title = stack.undoLabel ? `Undo ${stack.undoLabel} (Ctrl+Z)` : 'Nothing to undo (Ctrl+Z)';
    redo.title = stack.redoLabel ? `Redo ${stack.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo (Ctrl+Shift+Z)';
  };
  stack.subscribe(refresh);
  refresh();
  replaceContent(
    container,
    undo,
    redo,
    h('button', { attrs: { type: 'button', 'aria-haspopup': 'dialog' }, on: { click: openSavedViews } }, 'Views'),
    h(
      'button',
      {
        attrs: { type: 'button', title: 'Every note on actors and relations, as JSON' },
        on: {
          click: () =>
            void (async () => {
              try {
                const { annotations } = await workbenchRequest(AnnotationsDocument, {});
                const body = JSON.stringify({ exportedAt: new Date().toISOString(), annotations }, null, 2);
                downloadBlob(new Blob([body], { type: 'application/json' }), `${exportName()}-notes.json`);
                status.textContent = `${annotations.length} note${annotations.length === 1 ? '' : 's'} exported`;
              } catch (error) {
                status.textContent = `Could not export the notes: ${(error as Error).message}`;
              }
            })(),
        },
      },
      'Export notes',
    ),
    status,
  );
}
